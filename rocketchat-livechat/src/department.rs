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
        let body = types::CreateDepartmentRequest {
            department,
            agents,
            department_unit: None,
        };
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

    paged! {
        /// A page of the agents of a department: `filter` must set it, `|q| q.id(department_id)`.
        agents, agents_stream: list_department_agents, ListDepartmentAgents -> DepartmentAgentsPage of DepartmentAgent
    }

    /// Adds or updates (`upsert`) and removes agents of a department.
    pub async fn set_agents(
        &self,
        department_id: &str,
        upsert: Vec<types::DepartmentAgentUpsert>,
        remove: Vec<types::DepartmentAgentRemoval>,
    ) -> Result<()> {
        let api = self.client.api();
        let body = types::UpdateDepartmentAgentsRequest { upsert, remove };
        let call = api
            .update_department_agents()
            .id(department_id)
            .body(body)
            .send();
        self.client
            .call("update_department_agents", call)
            .await
            .map(drop)
    }

    /// Archives a department.
    pub async fn archive(&self, department_id: &str) -> Result<()> {
        let api = self.client.api();
        let call = api.archive_department().id(department_id).send();
        self.client.call("archive_department", call).await.map(drop)
    }

    /// Unarchives a department.
    pub async fn unarchive(&self, department_id: &str) -> Result<()> {
        let api = self.client.api();
        let call = api.unarchive_department().id(department_id).send();
        self.client
            .call("unarchive_department", call)
            .await
            .map(drop)
    }

    /// Deletes a department.
    pub async fn delete(&self, department_id: &str) -> Result<()> {
        let api = self.client.api();
        let call = api.delete_department().id(department_id).send();
        self.client.call("delete_department", call).await.map(drop)
    }
}
