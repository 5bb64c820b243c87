//! The visitor directory, as agents and managers see it.

use rocketchat_api::builder;
use rocketchat_api::types;

use super::area;
use crate::Result;

area! {
    /// The visitor directory: lookups of visitors for agents and managers; from
    /// [`Client::visitor_directory`](crate::Client::visitor_directory). (A visitor's own
    /// session is [`Client::visitor`](crate::Client::visitor).)
    VisitorDirectory, visitor_directory
}

impl<'a> VisitorDirectory<'a> {
    /// Visitors matching a term: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn search(&self) -> builder::SearchVisitors<'a> {
        self.client.api().search_visitors()
    }

    /// A visitor's earlier conversations: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn chat_history(&self) -> builder::GetVisitorChatHistory<'a> {
        self.client.api().get_visitor_chat_history()
    }

    /// The pages the visitor of a room viewed: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn pages_visited(&self) -> builder::ListPagesVisited<'a> {
        self.client.api().list_pages_visited()
    }

    /// A visitor by id (without its token).
    pub async fn get(&self, visitor_id: &str) -> Result<types::Visitor> {
        Ok(self
            .client
            .api()
            .get_visitor_info()
            .visitor_id(visitor_id)
            .await?
            .visitor)
    }

    /// The open rooms of the visitor with this token.
    pub async fn rooms_of(&self, token: &str) -> Result<Vec<types::VisitorRoom>> {
        Ok(self
            .client
            .api()
            .list_visitor_rooms()
            .token(token)
            .await?
            .rooms)
    }
}
