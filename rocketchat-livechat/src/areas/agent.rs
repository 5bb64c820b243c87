//! Agents and managers: the users that hold a livechat role.

use rocketchat_api::builder;
use rocketchat_api::types::{self, UserType};

use crate::Client;
use crate::Result;

/// Calls on the users holding one livechat role; from [`Client::agents`] or
/// [`Client::managers`].
#[derive(Debug, Clone)]
pub struct Users<'a> {
    client: &'a Client,
    role: UserType,
}

impl Client {
    /// Users with the agent role.
    pub fn agents(&self) -> Users<'_> {
        self.users(UserType::Agent)
    }

    /// Users with the manager role.
    pub fn managers(&self) -> Users<'_> {
        self.users(UserType::Manager)
    }

    /// Users with `role`.
    pub fn users(&self, role: UserType) -> Users<'_> {
        Users { client: self, role }
    }
}

impl<'a> Users<'a> {
    /// Users with this role: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn list(&self) -> builder::ListUsers<'a> {
        self.client.api().list_users().type_(self.role.clone())
    }

    /// Gives the existing user `username` this role.
    pub async fn add(&self, username: &str) -> Result<Option<types::LivechatUser>> {
        let request = self
            .client
            .api()
            .create_user()
            .type_(self.role.clone())
            .body(types::CreateUserRequest {
                username: username.to_owned(),
            });
        Ok(request.await?.user)
    }

    /// The user with this role and id; `None` when there is none.
    pub async fn get(&self, user_id: &str) -> Result<Option<types::LivechatUser>> {
        let request = self
            .client
            .api()
            .get_user()
            .type_(self.role.clone())
            .id(user_id);
        Ok(request.await?.user)
    }

    /// Takes this role away from user `user_id`.
    pub async fn remove(&self, user_id: &str) -> Result<()> {
        let request = self
            .client
            .api()
            .delete_user()
            .type_(self.role.clone())
            .id(user_id);
        request.await.map(drop)
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
        self.client
            .api()
            .set_agent_status()
            .body(body)
            .await
            .map(drop)
    }

    /// The departments agent `agent_id` belongs to.
    pub async fn departments_of(&self, agent_id: &str) -> Result<Vec<types::AgentDepartment>> {
        Ok(self
            .client
            .api()
            .list_agent_departments()
            .agent_id(agent_id)
            .await?
            .departments)
    }
}
