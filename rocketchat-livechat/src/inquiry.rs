//! The queue of conversations waiting for an agent.

use rocketchat_api::types;

use crate::error::Result;
use crate::pagination::paged;
use crate::Client;

/// Inquiry calls; from [`Client::inquiries`].
#[derive(Debug, Clone)]
pub struct Inquiries {
    pub(crate) client: Client,
}

impl Client {
    /// Inquiry (queue) calls.
    pub fn inquiries(&self) -> Inquiries {
        Inquiries {
            client: self.clone(),
        }
    }
}

impl Inquiries {
    paged! {
        /// A page of queued inquiries (needs a manager); `filter` sets department and paging.
        list, list_stream: list_inquiries, ListInquiries -> InquirySummariesPage of InquirySummary
    }

    paged! {
        /// A page of the queued inquiries the logged-in agent may take (what agents see).
        queued, stream: list_queued_inquiries_for_user, ListQueuedInquiriesForUser -> InquiriesPage of Inquiry
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
        let api = self.client.api();
        self.client
            .call("take_inquiry", api.take_inquiry().body(body).send())
            .await
            .map(drop)
    }

    /// The inquiry of room `rid`, if it has one.
    pub async fn get(&self, rid: &str) -> Result<Option<types::Inquiry>> {
        let api = self.client.api();
        Ok(self
            .client
            .call("get_inquiry", api.get_inquiry().room_id(rid).send())
            .await?
            .inquiry)
    }
}
