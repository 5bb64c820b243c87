//! What managers configure: triggers, business hours and custom field definitions.

use rocketchat_api::builder;
use rocketchat_api::types;

use super::area;
use crate::Result;

area! {
    /// Livechat triggers; from [`Client::triggers`](crate::Client::triggers).
    Triggers, triggers
}

impl<'a> Triggers<'a> {
    /// Triggers: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn list(&self) -> builder::ListTriggers<'a> {
        self.client.api().list_triggers()
    }

    /// One trigger; `None` when unknown.
    pub async fn get(&self, trigger_id: &str) -> Result<Option<types::Trigger>> {
        Ok(self
            .client
            .api()
            .get_trigger()
            .id(trigger_id)
            .await?
            .trigger)
    }

    /// Creates (no `_id`) or updates a trigger.
    pub async fn save(&self, trigger: types::SaveTriggerRequest) -> Result<()> {
        self.client
            .api()
            .save_trigger()
            .body(trigger)
            .await
            .map(drop)
    }

    /// Deletes a trigger.
    pub async fn delete(&self, trigger_id: &str) -> Result<()> {
        self.client
            .api()
            .delete_trigger()
            .id(trigger_id)
            .await
            .map(drop)
    }
}

area! {
    /// Business hours; from [`Client::business_hours`](crate::Client::business_hours).
    BusinessHours, business_hours
}

impl<'a> BusinessHours<'a> {
    /// Business hours (Enterprise): await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn list(&self) -> builder::ListBusinessHours<'a> {
        self.client.api().list_business_hours()
    }

    /// The default business hours.
    pub async fn default_hours(&self) -> Result<Option<types::BusinessHour>> {
        Ok(self
            .client
            .api()
            .get_business_hour()
            .type_("default")
            .await?
            .business_hour)
    }

    /// Creates or updates business hours.
    pub async fn save(&self, hours: types::SaveBusinessHourRequest) -> Result<()> {
        self.client
            .api()
            .save_business_hour()
            .body(hours)
            .await
            .map(drop)
    }

    /// Removes business hours (`BusinessHourType::Custom` ones; Enterprise).
    pub async fn remove(&self, id: &str, kind: types::BusinessHourType) -> Result<()> {
        let body = types::RemoveBusinessHourRequest {
            id: id.to_owned(),
            type_: kind,
        };
        self.client
            .api()
            .remove_business_hour()
            .body(body)
            .await
            .map(drop)
    }
}

area! {
    /// Custom field definitions; from [`Client::custom_fields`](crate::Client::custom_fields).
    /// A visitor sets its values with [`VisitorSession::set_custom_field`](crate::VisitorSession::set_custom_field).
    CustomFields, custom_fields
}

impl<'a> CustomFields<'a> {
    /// Custom field definitions: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn list(&self) -> builder::ListCustomFields<'a> {
        self.client.api().list_custom_fields()
    }

    /// One definition; `None` when unknown.
    pub async fn get(&self, field_id: &str) -> Result<Option<types::CustomField>> {
        Ok(self
            .client
            .api()
            .get_custom_field()
            .id(field_id)
            .await?
            .custom_field)
    }

    /// Creates or updates a definition; answers the record written (with `_id` only when it
    /// was created, as the server does).
    pub async fn save(
        &self,
        field: types::SaveCustomFieldRequest,
    ) -> Result<types::SavedCustomField> {
        Ok(self
            .client
            .api()
            .save_custom_field()
            .body(field)
            .await?
            .custom_field)
    }

    /// Deletes a definition.
    pub async fn delete(&self, field_id: &str) -> Result<()> {
        let body = types::CustomFieldIdRequest {
            custom_field_id: field_id.to_owned(),
        };
        self.client
            .api()
            .delete_custom_field()
            .body(body)
            .await
            .map(drop)
    }
}
