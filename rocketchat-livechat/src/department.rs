//! Departments and their agents.

use rocketchat_api::types;

use crate::error::Result;
use crate::pagination::paged;
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
    paged! {
        /// A page of departments; `filter` sets text search, flags and paging.
        list, stream: list_departments, ListDepartments -> DepartmentsPage of Department
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
