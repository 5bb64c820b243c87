//! Departments and their agents.

use rocketchat_api::builder;
use rocketchat_api::types;

use super::area;
use crate::Result;

area! {
    /// Department calls; from [`Client::departments`](crate::Client::departments).
    Departments, departments
}

impl<'a> Departments<'a> {
    /// Departments: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn list(&self) -> builder::ListDepartments<'a> {
        self.client.api().list_departments()
    }

    /// Creates a department with the given agents.
    pub async fn create(
        &self,
        department: types::DepartmentInput,
        agents: Vec<types::DepartmentAgentInput>,
    ) -> Result<types::DepartmentResponse> {
        let body = types::CreateDepartmentRequest {
            department,
            agents,
            department_unit: None,
        };
        self.client.api().create_department().body(body).await
    }

    /// The department with this id and its agents; `department` is `None` when unknown.
    pub async fn get(&self, department_id: &str) -> Result<types::DepartmentResponse> {
        let request = self
            .client
            .api()
            .get_department()
            .id(department_id)
            .include_agents(true);
        request.await
    }

    /// The agents of a department: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn agents(&self) -> builder::ListDepartmentAgents<'a> {
        self.client.api().list_department_agents()
    }

    /// Adds or updates (`upsert`) and removes agents of a department.
    pub async fn set_agents(
        &self,
        department_id: &str,
        upsert: Vec<types::DepartmentAgentUpsert>,
        remove: Vec<types::DepartmentAgentRemoval>,
    ) -> Result<()> {
        let body = types::UpdateDepartmentAgentsRequest { upsert, remove };
        self.client
            .api()
            .update_department_agents()
            .id(department_id)
            .body(body)
            .await
            .map(drop)
    }

    /// Archives a department.
    pub async fn archive(&self, department_id: &str) -> Result<()> {
        self.client
            .api()
            .archive_department()
            .id(department_id)
            .await
            .map(drop)
    }

    /// Unarchives a department.
    pub async fn unarchive(&self, department_id: &str) -> Result<()> {
        self.client
            .api()
            .unarchive_department()
            .id(department_id)
            .await
            .map(drop)
    }

    /// Deletes a department.
    pub async fn delete(&self, department_id: &str) -> Result<()> {
        self.client
            .api()
            .delete_department()
            .id(department_id)
            .await
            .map(drop)
    }
}
