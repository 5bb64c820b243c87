//! Omnichannel contacts: the people behind visitors across channels.

use rocketchat_api::builder;
use rocketchat_api::types;

use super::area;
use crate::Result;

area! {
    /// Contact calls; from [`Client::contacts`](crate::Client::contacts).
    Contacts, contacts
}

impl<'a> Contacts<'a> {
    /// Contacts matching a text: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn search(&self) -> builder::SearchContacts<'a> {
        self.client.api().search_contacts()
    }

    /// A contact's closed conversations: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn history(&self) -> builder::ListContactHistory<'a> {
        self.client.api().list_contact_history()
    }

    /// Creates a contact; answers its id.
    pub async fn create(
        &self,
        name: &str,
        emails: Vec<String>,
        phones: Vec<String>,
    ) -> Result<String> {
        let body = types::CreateContactRequest {
            name: name.to_owned(),
            emails,
            phones,
            custom_fields: Default::default(),
            contact_manager: None,
        };
        let answer = self.client.api().create_contact().body(body).await?;
        Ok(answer.contact_id.or(answer.contact).unwrap_or_default())
    }

    /// One contact; `None` when unknown.
    pub async fn get(&self, contact_id: &str) -> Result<Option<types::Contact>> {
        match self.client.api().get_contact().contact_id(contact_id).await {
            Ok(answer) => Ok(answer.contact),
            Err(error) if error.status() == Some(404) => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// Updates a contact; `update` sets the fields to change on the request builder.
    pub async fn update(
        &self,
        contact_id: &str,
        update: impl FnOnce(
            types::builder::UpdateContactRequest,
        ) -> types::builder::UpdateContactRequest,
    ) -> Result<Option<types::Contact>> {
        let request =
            update(types::builder::UpdateContactRequest::default().contact_id(contact_id));
        Ok(self
            .client
            .api()
            .update_contact()
            .body(request)
            .await?
            .contact)
    }

    /// Deletes a contact.
    pub async fn delete(&self, contact_id: &str) -> Result<()> {
        let body = types::ContactIdRequest {
            contact_id: contact_id.to_owned(),
        };
        self.client
            .api()
            .delete_contact()
            .body(body)
            .await
            .map(drop)
    }
}
