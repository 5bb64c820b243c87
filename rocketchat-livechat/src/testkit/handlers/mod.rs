//! The handlers, one file per area, and the table of the operations they serve. Each handler
//! applies the real server's checks in its order: authentication, permission, validation,
//! then its own.

mod auth;
mod department;
mod inquiry;
mod message;
mod room;
mod settings;
mod users;
mod visitor;

use super::request::{Handled, Request};
use super::state::State;

/// Answers one request of the operation it is routed from.
pub(crate) type Handler = fn(&mut State, &Request) -> Handled;

/// How an operation is answered.
#[derive(Clone, Copy)]
pub(crate) enum Route {
    /// From the state, under its lock.
    Handler(Handler),
    /// `livechat/webhook.test`, which waits for the webhook's answer and so runs outside the
    /// state's lock.
    WebhookTest,
}

/// Every operation the embedded server serves, by operation id (sorted, for the lookup).
pub(crate) const ROUTES: &[(&str, Route)] = &[
    ("close_room", Route::Handler(room::close_room)),
    (
        "close_room_by_user",
        Route::Handler(room::close_room_by_user),
    ),
    (
        "create_department",
        Route::Handler(department::create_department),
    ),
    ("create_user", Route::Handler(users::create_user)),
    ("delete_user", Route::Handler(users::delete_user)),
    (
        "delete_visitor",
        Route::Handler(|s, r| visitor::delete_visitor(s, r.param("token"))),
    ),
    (
        "delete_visitor_message",
        Route::Handler(|s, r| message::delete_message(s, r, r.param("_id"))),
    ),
    ("forward_room", Route::Handler(room::forward_room)),
    ("get_config", Route::Handler(|s, r| visitor::config(s, r))),
    (
        "get_department",
        Route::Handler(|s, r| department::get_department(s, r, r.param("_id"))),
    ),
    (
        "get_inquiry",
        Route::Handler(|s, r| inquiry::get_inquiry(s, r)),
    ),
    (
        "get_integration_settings",
        Route::Handler(|s, r| settings::integration_settings(s, r)),
    ),
    ("get_me", Route::Handler(|s, r| auth::me(s, r))),
    (
        "get_message_history",
        Route::Handler(|s, r| message::history(s, r, r.param("rid"))),
    ),
    ("get_room", Route::Handler(room::get_room)),
    (
        "get_setting",
        Route::Handler(|s, r| settings::get(s, r, r.param("_id"))),
    ),
    ("get_user", Route::Handler(users::get_user)),
    (
        "get_visitor",
        Route::Handler(|s, r| visitor::get_visitor(s, r.param("token"))),
    ),
    (
        "list_agent_departments",
        Route::Handler(|s, r| users::agent_departments(s, r, r.param("agentId"))),
    ),
    (
        "list_departments",
        Route::Handler(|s, r| department::list_departments(s, r)),
    ),
    (
        "list_inquiries",
        Route::Handler(|s, r| inquiry::list_inquiries(s, r, false)),
    ),
    (
        "list_queued_inquiries_for_user",
        Route::Handler(|s, r| inquiry::list_inquiries(s, r, true)),
    ),
    (
        "list_room_messages",
        Route::Handler(|s, r| message::room_messages(s, r, r.param("rid"))),
    ),
    ("list_rooms", Route::Handler(|s, r| room::list_rooms(s, r))),
    ("list_users", Route::Handler(users::list_users)),
    ("login", Route::Handler(auth::login)),
    ("logout", Route::Handler(auth::logout)),
    (
        "register_visitor",
        Route::Handler(visitor::register_visitor),
    ),
    (
        "request_transcript",
        Route::Handler(|s, r| visitor::transcript(s, r)),
    ),
    (
        "save_integrations",
        Route::Handler(settings::save_integrations),
    ),
    (
        "send_chat_message",
        Route::Handler(message::chat_send_message),
    ),
    ("send_message", Route::Handler(message::send_message)),
    (
        "send_offline_message",
        Route::Handler(|s, r| visitor::offline_message(s, r)),
    ),
    ("take_inquiry", Route::Handler(inquiry::take_inquiry)),
    ("test_webhook", Route::WebhookTest),
    (
        "update_setting",
        Route::Handler(|s, r| settings::update(s, r, r.param("_id"))),
    ),
    (
        "update_visitor_message",
        Route::Handler(|s, r| message::edit_message(s, r, r.param("_id"))),
    ),
];

/// How the embedded server answers the operation with this id, if it serves it.
pub(crate) fn route(operation_id: &str) -> Option<Route> {
    ROUTES
        .binary_search_by(|(id, _)| (*id).cmp(operation_id))
        .ok()
        .map(|index| ROUTES[index].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_names_operations_of_the_spec() {
        assert!(ROUTES.windows(2).all(|w| w[0].0 < w[1].0));
        for (id, _) in ROUTES {
            assert!(
                rocketchat_api::operation(id).is_some(),
                "{id} is not in the spec"
            );
            assert!(route(id).is_some());
        }
        assert!(route("no_such_operation").is_none());
    }
}
