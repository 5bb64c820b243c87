//! The queue of conversations waiting for an agent.

use std::sync::Arc;

use rocketchat_api::builder;
use rocketchat_api::types;

use crate::error::Result;
use crate::pagination::{walk, FetchPage, Items};
use crate::Client;

/// Inquiry calls; from [`Client::inquiries`].
#[derive(Debug, Clone)]
pub struct Inquiries {
    client: Client,
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
    /// A page of queued inquiries; `filter` sets department and paging.
    pub async fn list<F>(&self, filter: F) -> Result<types::InquiriesPage>
    where
        F: for<'a> FnOnce(builder::ListInquiries<'a>) -> builder::ListInquiries<'a>,
    {
        let api = self.client.api();
        self.client
            .call("list_inquiries", filter(api.list_inquiries()).send())
            .await
    }

    /// A page of the queued inquiries the logged-in agent may take (what agents see; `list`
    /// needs a manager).
    pub async fn queued<F>(&self, filter: F) -> Result<types::InquiriesPage>
    where
        F: for<'a> FnOnce(
            builder::ListQueuedInquiriesForUser<'a>,
        ) -> builder::ListQueuedInquiriesForUser<'a>,
    {
        let api = self.client.api();
        self.client
            .call(
                "list_queued_inquiries_for_user",
                filter(api.list_queued_inquiries_for_user()).send(),
            )
            .await
    }

    /// Every queued inquiry the logged-in agent may take matching `filter`, walked page by page (`page_size` per call).
    pub fn stream<F>(&self, page_size: u32, filter: F) -> Items<types::Inquiry>
    where
        F: for<'a> Fn(
                builder::ListQueuedInquiriesForUser<'a>,
            ) -> builder::ListQueuedInquiriesForUser<'a>
            + Send
            + Sync
            + 'static,
    {
        let filter = Arc::new(filter);
        let fetch: FetchPage<types::InquiriesPage> = Arc::new(move |client, offset, count| {
            let filter = filter.clone();
            Box::pin(async move {
                let api = client.api();
                let request = filter(api.list_queued_inquiries_for_user())
                    .offset(offset)
                    .count(count);
                client
                    .call("list_queued_inquiries_for_user", request.send())
                    .await
            })
        });
        walk(self.client.clone(), page_size, fetch)
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
