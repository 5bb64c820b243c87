//! The visitor directory, as agents and managers see it.

use rocketchat_api::types;

use crate::area::area;
use crate::error::Result;
use crate::pagination::paged;

area! {
    /// Visitor lookups for agents and managers; from [`Client::visitors`](crate::Client::visitors).
    Visitors, visitors
}

impl Visitors {
    paged! {
        /// A page of visitors matching a term: `|q| q.term("ada")`.
        search, search_stream: search_visitors, SearchVisitors -> VisitorsPage of Visitor
    }

    paged! {
        /// A page of a visitor's earlier conversations: `|q| q.room_id(rid).visitor_id(id)`.
        chat_history, chat_history_stream: get_visitor_chat_history, GetVisitorChatHistory -> ChatHistoryPage of RoomProjection
    }

    paged! {
        /// A page of the pages the visitor of a room viewed: `|q| q.room_id(rid)`.
        pages_visited, pages_visited_stream: list_pages_visited, ListPagesVisited -> PagesVisitedPage of Message
    }

    /// A visitor by id (without its token).
    pub async fn get(&self, visitor_id: &str) -> Result<types::Visitor> {
        let api = self.client.api();
        let call = api.get_visitor_info().visitor_id(visitor_id).send();
        Ok(self.client.call("get_visitor_info", call).await?.visitor)
    }

    /// The open rooms of the visitor with this token.
    pub async fn rooms_of(&self, token: &str) -> Result<Vec<types::VisitorRoom>> {
        let api = self.client.api();
        let call = api.list_visitor_rooms().token(token).send();
        Ok(self.client.call("list_visitor_rooms", call).await?.rooms)
    }
}
