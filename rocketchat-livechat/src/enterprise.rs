//! The Enterprise catalogues: tags, priorities, SLA policies, monitors, units and canned
//! responses. Every call here needs the server's Enterprise license; without it the server
//! answers 400 `error-action-not-allowed`.

use rocketchat_api::types;

use crate::area::area;
use crate::error::Result;
use crate::pagination::paged;

area! {
    /// Conversation tags; from [`Client::tags`](crate::Client::tags).
    Tags, tags
}

impl Tags {
    paged! {
        /// A page of tags; the server requires a `text` filter, `""` (all) unless `filter` sets one.
        list, stream: list_tags, ListTags -> TagsPage of Tag; client => |b| b.text("")
    }

    /// One tag.
    pub async fn get(&self, tag_id: &str) -> Result<types::Tag> {
        let api = self.client.api();
        self.client
            .call("get_tag", api.get_tag().tag_id(tag_id).send())
            .await
    }

    /// Creates or updates a tag, available in the given departments (all when empty).
    pub async fn save(
        &self,
        name: &str,
        description: Option<&str>,
        departments: Vec<String>,
    ) -> Result<types::Tag> {
        let api = self.client.api();
        let body = types::SaveTagRequest {
            id: None,
            tag_data: types::SaveTagRequestTagData {
                name: Some(name.to_owned()),
                description: description.map(str::to_owned),
            },
            tag_departments: departments,
        };
        self.client
            .call("save_tag", api.save_tag().body(body).send())
            .await
    }

    /// Deletes a tag.
    pub async fn delete(&self, tag_id: &str) -> Result<()> {
        let api = self.client.api();
        let body = types::IdRequest {
            id: tag_id.to_owned(),
        };
        self.client
            .call("delete_tag", api.delete_tag().body(body).send())
            .await
            .map(drop)
    }
}

area! {
    /// Conversation priorities; from [`Client::priorities`](crate::Client::priorities).
    Priorities, priorities
}

impl Priorities {
    paged! {
        /// A page of priorities.
        list, stream: list_priorities, ListPriorities -> PrioritiesPage of Priority
    }

    /// Renames a priority.
    pub async fn rename(&self, priority_id: &str, name: &str) -> Result<()> {
        let api = self.client.api();
        let body = types::UpdatePriorityRequest {
            name: Some(name.to_owned()),
            reset: None,
        };
        let call = api
            .update_priority()
            .priority_id(priority_id)
            .body(body)
            .send();
        self.client.call("update_priority", call).await.map(drop)
    }

    /// Gives every priority its default name back.
    pub async fn reset(&self) -> Result<()> {
        let api = self.client.api();
        self.client
            .call("reset_priorities", api.reset_priorities().send())
            .await
            .map(drop)
    }
}

area! {
    /// SLA policies; from [`Client::sla_policies`](crate::Client::sla_policies).
    SlaPolicies, sla_policies
}

impl SlaPolicies {
    paged! {
        /// A page of SLA policies.
        list, stream: list_sla, ListSla -> SlaPage of Sla
    }

    /// Creates a policy: answer within `due_minutes`.
    pub async fn create(
        &self,
        name: &str,
        description: Option<&str>,
        due_minutes: i64,
    ) -> Result<Option<types::Sla>> {
        let api = self.client.api();
        let body = types::SaveSlaRequest {
            name: name.to_owned(),
            description: description.map(str::to_owned),
            due_time_in_minutes: due_minutes,
        };
        Ok(self
            .client
            .call("create_sla", api.create_sla().body(body).send())
            .await?
            .sla)
    }

    /// Deletes a policy.
    pub async fn delete(&self, sla_id: &str) -> Result<()> {
        let api = self.client.api();
        self.client
            .call("delete_sla", api.delete_sla().sla_id(sla_id).send())
            .await
            .map(drop)
    }
}

area! {
    /// Monitors; from [`Client::monitors`](crate::Client::monitors).
    Monitors, monitors
}

impl Monitors {
    paged! {
        /// A page of monitors; the server requires a `text` filter, `""` (all) unless `filter` sets one.
        list, stream: list_monitors, ListMonitors -> MonitorsPage of Monitor; client => |b| b.text("")
    }

    /// Gives user `username` the monitor role.
    pub async fn add(&self, username: &str) -> Result<types::Monitor> {
        let api = self.client.api();
        let body = types::UsernameRequest {
            username: username.to_owned(),
        };
        self.client
            .call("create_monitor", api.create_monitor().body(body).send())
            .await
    }

    /// Takes the monitor role away from user `username`.
    pub async fn remove(&self, username: &str) -> Result<()> {
        let api = self.client.api();
        let body = types::UsernameRequest {
            username: username.to_owned(),
        };
        self.client
            .call("delete_monitor", api.delete_monitor().body(body).send())
            .await
            .map(drop)
    }
}

area! {
    /// Business units; from [`Client::units`](crate::Client::units).
    Units, units
}

impl Units {
    paged! {
        /// A page of units.
        list, stream: list_units, ListUnits -> UnitsPage of Unit
    }

    /// Creates a unit with its monitors and departments.
    pub async fn create(&self, unit: types::SaveUnitRequest) -> Result<types::Unit> {
        let api = self.client.api();
        self.client
            .call("create_unit", api.create_unit().body(unit).send())
            .await
    }

    /// Deletes a unit.
    pub async fn delete(&self, unit_id: &str) -> Result<()> {
        let api = self.client.api();
        self.client
            .call("delete_unit", api.delete_unit().id(unit_id).send())
            .await
            .map(drop)
    }
}

area! {
    /// Canned responses; from [`Client::canned_responses`](crate::Client::canned_responses).
    CannedResponses, canned_responses
}

impl CannedResponses {
    paged! {
        /// A page of canned responses.
        list, stream: list_canned_responses, ListCannedResponses -> CannedResponsesPage of CannedResponse
    }

    /// Every canned response the caller may use.
    pub async fn all(&self) -> Result<Vec<types::CannedResponse>> {
        let api = self.client.api();
        let call = api.get_all_canned_responses().send();
        Ok(self
            .client
            .call("get_all_canned_responses", call)
            .await?
            .responses)
    }

    /// Creates a canned response: `!shortcut` expands to `text` for the given scope
    /// (`global`, `department` or `user`).
    pub async fn create(&self, shortcut: &str, text: &str, scope: &str) -> Result<()> {
        let api = self.client.api();
        let body = types::SaveCannedResponseRequest {
            id: None,
            shortcut: shortcut.to_owned(),
            text: text.to_owned(),
            scope: scope.to_owned(),
            department_id: None,
            tags: Vec::new(),
        };
        self.client
            .call(
                "save_canned_response",
                api.save_canned_response().body(body).send(),
            )
            .await
            .map(drop)
    }

    /// Deletes a canned response.
    pub async fn delete(&self, id: &str) -> Result<()> {
        let api = self.client.api();
        let call = api.delete_canned_response().id(id).send();
        self.client
            .call("delete_canned_response", call)
            .await
            .map(drop)
    }
}
