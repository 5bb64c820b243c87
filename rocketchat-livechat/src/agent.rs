//! Agents and managers: the users that hold a livechat role.

use rocketchat_api::types::{self, UserType};

use crate::error::Result;
use crate::pagination::paged;
use crate::Client;

/// Calls on the users holding one livechat role; from [`Client::agents`] or
/// [`Client::managers`].
#[derive(Debug, Clone)]
pub struct Users {
    client: Client,
    role: UserType,
}

impl Client {
    /// Users with the agent role.
    pub fn agents(&self) -> Users {
        self.users(UserType::Agent)
    }

    /// Users with the manager role.
    pub fn managers(&self) -> Users {
        self.users(UserType::Manager)
    }

    /// Users with `role`.
    pub fn users(&self, role: UserType) -> Users {
        Users {
            client: self.clone(),
            role,
        }
    }
}

impl Users {
    paged! {
        /// A page of users with this role; `filter` sets text search, availability and paging.
        list, stream: list_users, ListUsers -> UsersPage of LivechatUser; role => |request| request.type_(role)
    }

    /// Gives the existing user `username` this role.
    pub async fn add(&self, username: &str) -> Result<Option<types::LivechatUser>> {
        let api = self.client.api();
        let request = api
            .create_user()
            .type_(self.role.clone())
            .body(types::CreateUserRequest {
                username: username.to_owned(),
            });
        Ok(self.client.call("create_user", request.send()).await?.user)
    }

    /// The user with this role and id; `None` when there is none.
    pub async fn get(&self, user_id: &str) -> Result<Option<types::LivechatUser>> {
        let api = self.client.api();
        let request = api.get_user().type_(self.role.clone()).id(user_id);
        Ok(self.client.call("get_user", request.send()).await?.user)
    }

    /// Takes this role away from user `user_id`.
    pub async fn remove(&self, user_id: &str) -> Result<()> {
        let api = self.client.api();
        let request = api.delete_user().type_(self.role.clone()).id(user_id);
        self.client
            .call("delete_user", request.send())
            .await
            .map(drop)
    }

    /// Makes the logged-in agent available for new chats, or not.
    pub async fn set_available(&self, available: bool) -> Result<()> {
        self.set_available_for(None, available).await
    }

    /// Makes agent `agent_id` (the logged-in one when `None`) available or not; another agent
    /// needs `manage-livechat-agents`.
    pub async fn set_available_for(&self, agent_id: Option<&str>, available: bool) -> Result<()> {
        let status = if available {
            types::LivechatAgentStatus::Available
        } else {
            types::LivechatAgentStatus::NotAvailable
        };
        let body = types::AgentStatusRequest {
            status: Some(status),
            agent_id: agent_id.map(str::to_owned),
        };
        let api = self.client.api();
        self.client
            .call("set_agent_status", api.set_agent_status().body(body).send())
            .await
            .map(drop)
    }

    /// The departments agent `agent_id` belongs to.
    pub async fn departments_of(&self, agent_id: &str) -> Result<Vec<types::AgentDepartment>> {
        let api = self.client.api();
        let call = api.list_agent_departments().agent_id(agent_id).send();
        Ok(self
            .client
            .call("list_agent_departments", call)
            .await?
            .departments)
    }
}
