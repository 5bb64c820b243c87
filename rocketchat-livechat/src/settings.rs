//! What managers configure: triggers, business hours and custom field definitions.

use rocketchat_api::types;

use crate::area::area;
use crate::error::Result;
use crate::pagination::paged;

area! {
    /// Livechat triggers; from [`Client::triggers`](crate::Client::triggers).
    Triggers, triggers
}

impl Triggers {
    paged! {
        /// A page of triggers.
        list, stream: list_triggers, ListTriggers -> TriggersPage of Trigger
    }

    /// One trigger; `None` when unknown.
    pub async fn get(&self, trigger_id: &str) -> Result<Option<types::Trigger>> {
        let api = self.client.api();
        Ok(self
            .client
            .call("get_trigger", api.get_trigger().id(trigger_id).send())
            .await?
            .trigger)
    }

    /// Creates (no `_id`) or updates a trigger.
    pub async fn save(&self, trigger: types::SaveTriggerRequest) -> Result<()> {
        let api = self.client.api();
        self.client
            .call("save_trigger", api.save_trigger().body(trigger).send())
            .await
            .map(drop)
    }

    /// Deletes a trigger.
    pub async fn delete(&self, trigger_id: &str) -> Result<()> {
        let api = self.client.api();
        self.client
            .call("delete_trigger", api.delete_trigger().id(trigger_id).send())
            .await
            .map(drop)
    }
}

area! {
    /// Business hours; from [`Client::business_hours`](crate::Client::business_hours).
    BusinessHours, business_hours
}

impl BusinessHours {
    paged! {
        /// A page of business hours (Enterprise).
        list, stream: list_business_hours, ListBusinessHours -> BusinessHoursPage of BusinessHour
    }

    /// The default business hours.
    pub async fn default_hours(&self) -> Result<Option<types::BusinessHour>> {
        let api = self.client.api();
        let call = api.get_business_hour().type_("default").send();
        Ok(self
            .client
            .call("get_business_hour", call)
            .await?
            .business_hour)
    }

    /// Creates or updates business hours.
    pub async fn save(&self, hours: types::SaveBusinessHourRequest) -> Result<()> {
        let api = self.client.api();
        self.client
            .call(
                "save_business_hour",
                api.save_business_hour().body(hours).send(),
            )
            .await
            .map(drop)
    }

    /// Removes business hours (`BusinessHourType::Custom` ones; Enterprise).
    pub async fn remove(&self, id: &str, kind: types::BusinessHourType) -> Result<()> {
        let api = self.client.api();
        let body = types::RemoveBusinessHourRequest {
            id: id.to_owned(),
            type_: kind,
        };
        self.client
            .call(
                "remove_business_hour",
                api.remove_business_hour().body(body).send(),
            )
            .await
            .map(drop)
    }
}

area! {
    /// Custom field definitions; from [`Client::custom_fields`](crate::Client::custom_fields).
    /// A visitor sets its values with [`VisitorSession::set_custom_field`](crate::VisitorSession::set_custom_field).
    CustomFields, custom_fields
}

impl CustomFields {
    paged! {
        /// A page of custom field definitions.
        list, stream: list_custom_fields, ListCustomFields -> CustomFieldsPage of CustomField
    }

    /// One definition; `None` when unknown.
    pub async fn get(&self, field_id: &str) -> Result<Option<types::CustomField>> {
        let api = self.client.api();
        let call = api.get_custom_field().id(field_id).send();
        Ok(self
            .client
            .call("get_custom_field", call)
            .await?
            .custom_field)
    }

    /// Creates or updates a definition.
    pub async fn save(
        &self,
        field: types::SaveCustomFieldRequest,
    ) -> Result<Option<types::CustomField>> {
        let api = self.client.api();
        let call = api.save_custom_field().body(field).send();
        Ok(self
            .client
            .call("save_custom_field", call)
            .await?
            .custom_field)
    }

    /// Deletes a definition.
    pub async fn delete(&self, field_id: &str) -> Result<()> {
        let api = self.client.api();
        let body = types::CustomFieldIdRequest {
            custom_field_id: field_id.to_owned(),
        };
        self.client
            .call(
                "delete_custom_field",
                api.delete_custom_field().body(body).send(),
            )
            .await
            .map(drop)
    }
}
