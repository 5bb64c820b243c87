//! The queue of conversations waiting for an agent.

use rocketchat_api::builder;
use rocketchat_api::types;

use super::area;
use crate::Result;

area! {
    /// Inquiry (queue) calls; from [`Client::inquiries`](crate::Client::inquiries).
    Inquiries, inquiries
}

impl<'a> Inquiries<'a> {
    /// Queued inquiries (needs a manager): await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn list(&self) -> builder::ListInquiries<'a> {
        self.client.api().list_inquiries()
    }

    /// The queued inquiries the logged-in agent may take (what agents see): await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn queued(&self) -> builder::ListQueuedInquiriesForUser<'a> {
        self.client.api().list_queued_inquiries_for_user()
    }

    /// Takes an inquiry for the logged-in agent.
    pub async fn take(&self, inquiry_id: &str) -> Result<()> {
        self.take_for(inquiry_id, None).await
    }

    /// Takes an inquiry for the agent `user_id` (the logged-in one when `None`).
    pub async fn take_for(&self, inquiry_id: &str, user_id: Option<&str>) -> Result<()> {
        let body = types::TakeInquiryRequest {
            inquiry_id: inquiry_id.to_owned(),
            user_id: user_id.map(str::to_owned),
            options: None,
        };
        self.client.api().take_inquiry().body(body).await.map(drop)
    }

    /// The inquiry of room `rid`, if it has one.
    pub async fn get(&self, rid: &str) -> Result<Option<types::Inquiry>> {
        Ok(self.client.api().get_inquiry().room_id(rid).await?.inquiry)
    }
}
