//! Agents and managers: the users that hold a livechat role.

use std::sync::Arc;

use rocketchat_api::builder;
use rocketchat_api::types::{self, UserType};

use crate::error::Result;
use crate::pagination::{walk, FetchPage, Items};
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
    /// A page of users with this role; `filter` sets text search, availability and paging.
    pub async fn list<F>(&self, filter: F) -> Result<types::UsersPage>
    where
        F: for<'a> FnOnce(builder::ListUsers<'a>) -> builder::ListUsers<'a>,
    {
        let api = self.client.api();
        let request = filter(api.list_users().type_(self.role));
        self.client.call("list_users", request.send()).await
    }

    /// Every user with this role matching `filter`, walked page by page (`page_size` per call).
    pub fn stream<F>(&self, page_size: u32, filter: F) -> Items<types::User>
    where
        F: for<'a> Fn(builder::ListUsers<'a>) -> builder::ListUsers<'a> + Send + Sync + 'static,
    {
        let filter = Arc::new(filter);
        let role = self.role;
        let fetch: FetchPage<types::UsersPage> = Arc::new(move |client, offset, count| {
            let filter = filter.clone();
            Box::pin(async move {
                let api = client.api();
                let request = filter(api.list_users().type_(role))
                    .offset(offset)
                    .count(count);
                client.call("list_users", request.send()).await
            })
        });
        walk(self.client.clone(), page_size, fetch)
    }

    /// Gives the existing user `username` this role.
    pub async fn add(&self, username: &str) -> Result<Option<types::User>> {
        let api = self.client.api();
        let request = api
            .create_user()
            .type_(self.role)
            .body(types::CreateUserRequest {
                username: username.to_owned(),
            });
        Ok(self.client.call("create_user", request.send()).await?.user)
    }

    /// The user with this role and id; `None` when there is none.
    pub async fn get(&self, user_id: &str) -> Result<Option<types::User>> {
        let api = self.client.api();
        let request = api.get_user().type_(self.role).id(user_id);
        Ok(self.client.call("get_user", request.send()).await?.user)
    }

    /// Takes this role away from user `user_id`.
    pub async fn remove(&self, user_id: &str) -> Result<()> {
        let api = self.client.api();
        let request = api.delete_user().type_(self.role).id(user_id);
        self.client
            .call("delete_user", request.send())
            .await
            .map(drop)
    }
}
