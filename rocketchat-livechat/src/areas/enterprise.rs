//! The Enterprise catalogues: tags, priorities, SLA policies, monitors, units and canned
//! responses. Every call here needs the server's Enterprise license; without it the server
//! answers 400 `error-action-not-allowed`.

use rocketchat_api::builder;
use rocketchat_api::types;

use super::area;
use crate::Result;

area! {
    /// Conversation tags; from [`Client::tags`](crate::Client::tags).
    Tags, tags
}

impl<'a> Tags<'a> {
    /// Tags: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn list(&self) -> builder::ListTags<'a> {
        self.client.api().list_tags().text("")
    }

    /// One tag.
    pub async fn get(&self, tag_id: &str) -> Result<types::Tag> {
        self.client.api().get_tag().tag_id(tag_id).await
    }

    /// Creates or updates a tag, available in the given departments (all when empty).
    pub async fn save(
        &self,
        name: &str,
        description: Option<&str>,
        departments: Vec<String>,
    ) -> Result<types::Tag> {
        let body = types::SaveTagRequest {
            id: None,
            tag_data: types::SaveTagRequestTagData {
                name: Some(name.to_owned()),
                description: description.map(str::to_owned),
            },
            tag_departments: departments,
        };
        self.client.api().save_tag().body(body).await
    }

    /// Deletes a tag.
    pub async fn delete(&self, tag_id: &str) -> Result<()> {
        let body = types::IdRequest {
            id: tag_id.to_owned(),
        };
        self.client.api().delete_tag().body(body).await.map(drop)
    }
}

area! {
    /// Conversation priorities; from [`Client::priorities`](crate::Client::priorities).
    Priorities, priorities
}

impl<'a> Priorities<'a> {
    /// Priorities: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn list(&self) -> builder::ListPriorities<'a> {
        self.client.api().list_priorities()
    }

    /// Renames a priority.
    pub async fn rename(&self, priority_id: &str, name: &str) -> Result<()> {
        let body = types::UpdatePriorityRequest {
            name: Some(name.to_owned()),
            reset: None,
        };
        self.client
            .api()
            .update_priority()
            .priority_id(priority_id)
            .body(body)
            .await
            .map(drop)
    }

    /// Gives every priority its default name back.
    pub async fn reset(&self) -> Result<()> {
        self.client.api().reset_priorities().await.map(drop)
    }
}

area! {
    /// SLA policies; from [`Client::sla_policies`](crate::Client::sla_policies).
    SlaPolicies, sla_policies
}

impl<'a> SlaPolicies<'a> {
    /// SLA policies: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn list(&self) -> builder::ListSla<'a> {
        self.client.api().list_sla()
    }

    /// Creates a policy: answer within `due_minutes`.
    pub async fn create(
        &self,
        name: &str,
        description: Option<&str>,
        due_minutes: i64,
    ) -> Result<Option<types::Sla>> {
        let body = types::SaveSlaRequest {
            name: name.to_owned(),
            description: description.map(str::to_owned),
            due_time_in_minutes: due_minutes,
        };
        Ok(self.client.api().create_sla().body(body).await?.sla)
    }

    /// Deletes a policy.
    pub async fn delete(&self, sla_id: &str) -> Result<()> {
        self.client
            .api()
            .delete_sla()
            .sla_id(sla_id)
            .await
            .map(drop)
    }
}

area! {
    /// Monitors; from [`Client::monitors`](crate::Client::monitors).
    Monitors, monitors
}

impl<'a> Monitors<'a> {
    /// Monitors: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn list(&self) -> builder::ListMonitors<'a> {
        self.client.api().list_monitors().text("")
    }

    /// Gives user `username` the monitor role.
    pub async fn add(&self, username: &str) -> Result<types::Monitor> {
        let body = types::UsernameRequest {
            username: username.to_owned(),
        };
        self.client.api().create_monitor().body(body).await
    }

    /// Takes the monitor role away from user `username`.
    pub async fn remove(&self, username: &str) -> Result<()> {
        let body = types::UsernameRequest {
            username: username.to_owned(),
        };
        self.client
            .api()
            .delete_monitor()
            .body(body)
            .await
            .map(drop)
    }
}

area! {
    /// Business units; from [`Client::units`](crate::Client::units).
    Units, units
}

impl<'a> Units<'a> {
    /// Units: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn list(&self) -> builder::ListUnits<'a> {
        self.client.api().list_units()
    }

    /// Creates a unit with its monitors and departments.
    pub async fn create(&self, unit: types::SaveUnitRequest) -> Result<types::Unit> {
        self.client.api().create_unit().body(unit).await
    }

    /// Deletes a unit.
    pub async fn delete(&self, unit_id: &str) -> Result<()> {
        self.client.api().delete_unit().id(unit_id).await.map(drop)
    }
}

area! {
    /// Canned responses; from [`Client::canned_responses`](crate::Client::canned_responses).
    CannedResponses, canned_responses
}

impl<'a> CannedResponses<'a> {
    /// Canned responses: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn list(&self) -> builder::ListCannedResponses<'a> {
        self.client.api().list_canned_responses()
    }

    /// Every canned response the caller may use.
    pub async fn all(&self) -> Result<Vec<types::CannedResponse>> {
        Ok(self
            .client
            .api()
            .get_all_canned_responses()
            .await?
            .responses)
    }

    /// Creates a canned response: `!shortcut` expands to `text` for the given scope
    /// (`global`, `department` or `user`).
    pub async fn create(&self, shortcut: &str, text: &str, scope: &str) -> Result<()> {
        let body = types::SaveCannedResponseRequest {
            id: None,
            shortcut: shortcut.to_owned(),
            text: text.to_owned(),
            scope: scope.to_owned(),
            department_id: None,
            tags: Vec::new(),
        };
        self.client
            .api()
            .save_canned_response()
            .body(body)
            .await
            .map(drop)
    }

    /// Deletes a canned response.
    pub async fn delete(&self, id: &str) -> Result<()> {
        self.client
            .api()
            .delete_canned_response()
            .id(id)
            .await
            .map(drop)
    }
}
