//! Omnichannel contacts: the people behind visitors across channels.

use rocketchat_api::types;

use crate::area::area;
use crate::error::Result;
use crate::pagination::paged;

area! {
    /// Contact calls; from [`Client::contacts`](crate::Client::contacts).
    Contacts, contacts
}

impl Contacts {
    paged! {
        /// A page of contacts matching a text: `|q| q.search_text("ada")`.
        search, search_stream: search_contacts, SearchContacts -> ContactsPage of Contact
    }

    paged! {
        /// A page of a contact's closed conversations: `|q| q.contact_id(id)`.
        history, history_stream: list_contact_history, ListContactHistory -> ContactHistoryPage of ContactHistoryEntry
    }

    /// Creates a contact; answers its id.
    pub async fn create(
        &self,
        name: &str,
        emails: Vec<String>,
        phones: Vec<String>,
    ) -> Result<String> {
        let api = self.client.api();
        let body = types::CreateContactRequest {
            name: name.to_owned(),
            emails,
            phones,
            custom_fields: Default::default(),
            contact_manager: None,
        };
        let answer = self
            .client
            .call("create_contact", api.create_contact().body(body).send())
            .await?;
        Ok(answer.contact_id.or(answer.contact).unwrap_or_default())
    }

    /// One contact; `None` when unknown.
    pub async fn get(&self, contact_id: &str) -> Result<Option<types::Contact>> {
        let api = self.client.api();
        let call = api.get_contact().contact_id(contact_id).send();
        match self.client.call("get_contact", call).await {
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
        let api = self.client.api();
        let request =
            update(types::builder::UpdateContactRequest::default().contact_id(contact_id));
        let call = api.update_contact().body(request).send();
        Ok(self.client.call("update_contact", call).await?.contact)
    }

    /// Deletes a contact.
    pub async fn delete(&self, contact_id: &str) -> Result<()> {
        let api = self.client.api();
        let body = types::ContactIdRequest {
            contact_id: contact_id.to_owned(),
        };
        self.client
            .call("delete_contact", api.delete_contact().body(body).send())
            .await
            .map(drop)
    }
}
