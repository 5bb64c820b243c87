//! Departments and their agents.

use std::sync::Arc;

use rocketchat_api::builder;
use rocketchat_api::types;

use crate::error::Result;
use crate::pagination::{walk, FetchPage, Items};
use crate::Client;

/// Department calls; from [`Client::departments`].
#[derive(Debug, Clone)]
pub struct Departments {
    client: Client,
}

impl Client {
    /// Department calls.
    pub fn departments(&self) -> Departments {
        Departments {
            client: self.clone(),
        }
    }
}

impl Departments {
    /// A page of departments; `filter` sets text search, flags and paging.
    pub async fn list<F>(&self, filter: F) -> Result<types::DepartmentsPage>
    where
        F: for<'a> FnOnce(builder::ListDepartments<'a>) -> builder::ListDepartments<'a>,
    {
        let api = self.client.api();
        self.client
            .call("list_departments", filter(api.list_departments()).send())
            .await
    }

    /// Every department matching `filter`, walked page by page (`page_size` per call).
    pub fn stream<F>(&self, page_size: u32, filter: F) -> Items<types::Department>
    where
        F: for<'a> Fn(builder::ListDepartments<'a>) -> builder::ListDepartments<'a>
            + Send
            + Sync
            + 'static,
    {
        let filter = Arc::new(filter);
        let fetch: FetchPage<types::DepartmentsPage> = Arc::new(move |client, offset, count| {
            let filter = filter.clone();
            Box::pin(async move {
                let api = client.api();
                let request = filter(api.list_departments()).offset(offset).count(count);
                client.call("list_departments", request.send()).await
            })
        });
        walk(self.client.clone(), page_size, fetch)
    }

    /// Creates a department with the given agents.
    pub async fn create(
        &self,
        department: types::DepartmentInput,
        agents: Vec<types::DepartmentAgentInput>,
    ) -> Result<types::DepartmentResponse> {
        let api = self.client.api();
        let body = types::CreateDepartmentRequest { department, agents };
        self.client
            .call(
                "create_department",
                api.create_department().body(body).send(),
            )
            .await
    }

    /// The department with this id and its agents; `department` is `None` when unknown.
    pub async fn get(&self, department_id: &str) -> Result<types::DepartmentResponse> {
        let api = self.client.api();
        let request = api.get_department().id(department_id).include_agents(true);
        self.client.call("get_department", request.send()).await
    }
}
