//! The handlers, one file per area, and the table of the operations they serve. Each handler
//! applies the real server's checks in its order: authentication, permission, validation,
//! then its own.

mod actions;
mod analytics;
mod appearance;
mod auth;
mod business_hours;
mod config;
mod contact;
mod dashboards;
mod department;
mod directory;
mod enterprise;
mod inquiry;
mod legacy_contact;
mod message;
mod outside;
mod queue;
mod ranking;
mod reports;
mod room;
mod room_info;
mod settings;
mod transfer;
mod units;
mod upload;
mod users;
mod video_call;
mod visitor;

use rocketchat_api::{operations, Operation};

use super::reply::{plain, Reply};
use super::request::{Handled, Request};
use super::state::{Room, State};

/// The open room `rid`, as the handlers that act on one look it up: a plain
/// `error-invalid-room` when there is none, `closed` when it is closed (each route has its
/// own code for that).
fn open_room<'a>(state: &'a State, rid: &str, closed: fn() -> Reply) -> Result<&'a Room, Reply> {
    let room = state
        .rooms
        .get(rid)
        .ok_or_else(|| plain("error-invalid-room"))?;
    if room.open {
        Ok(room)
    } else {
        Err(closed())
    }
}

/// An autocomplete's `selector` query parameter: JSON `{term, exceptions}`.
struct Selector {
    term: String,
    exceptions: Vec<String>,
}

/// The `selector` of the autocomplete routes; a plain failure when it is missing, and the
/// server's failure when it is not JSON (`JSON.parse` throws).
fn autocomplete_selector(req: &Request) -> Result<Selector, Reply> {
    let raw = req
        .query("selector")
        .ok_or_else(|| plain("The 'selector' param is required"))?;
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|e| plain(&e.to_string()))?;
    let term = value["term"].as_str().unwrap_or_default().to_owned();
    let exceptions = value["exceptions"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|e| e.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    Ok(Selector { term, exceptions })
}

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
    /// `livechat/triggers/:_id/external-service/call`, which waits for the trigger's service.
    ExternalService,
    /// `livechat/triggers/external-service/test`, which waits for the service it tries.
    ExternalServiceTest,
}

/// The operations the embedded server does not serve, and why: each needs what an in-memory
/// server does not keep. They answer 501 with `errorType` `error-not-served-by-testkit`,
/// naming the operation and the reason.
pub(crate) const NOT_SERVED: &[(&str, &str)] = &[(
    "analytics_agents_available_for_service_history",
    "it reports the agents' availability history (the LivechatAgentActivity collection: \
     each agent's available time per day, kept by the server's activity tracking), which the \
     embedded server does not record",
)];

/// Why the embedded server does not serve `operation_id`, when it does not.
pub(crate) fn not_served_reason(operation_id: &str) -> Option<&'static str> {
    NOT_SERVED
        .iter()
        .find(|(id, _)| *id == operation_id)
        .map(|(_, reason)| *reason)
}

/// Every operation the embedded server serves, sorted by operation id for the lookup.
pub(crate) const ROUTES: &[(&Operation, Route)] = &[
    (
        operations::ANALYTICS_AGENTS_AVERAGE_SERVICE_TIME,
        Route::Handler(|s, r| {
            reports::agent_analytics(s, r, reports::AgentFigure::AverageServiceTime)
        }),
    ),
    (
        operations::ANALYTICS_AGENTS_TOTAL_SERVICE_TIME,
        Route::Handler(|s, r| {
            reports::agent_analytics(s, r, reports::AgentFigure::TotalServiceTime)
        }),
    ),
    (
        operations::ANALYTICS_DEPARTMENTS_AMOUNT_OF_CHATS,
        Route::Handler(|s, r| {
            reports::department_analytics(s, r, reports::DepartmentFigure::AmountOfChats)
        }),
    ),
    (
        operations::ANALYTICS_DEPARTMENTS_AVERAGE_CHAT_DURATION_TIME,
        Route::Handler(|s, r| {
            reports::department_analytics(s, r, reports::DepartmentFigure::AverageChatDuration)
        }),
    ),
    (
        operations::ANALYTICS_DEPARTMENTS_AVERAGE_SERVICE_TIME,
        Route::Handler(|s, r| {
            reports::department_analytics(s, r, reports::DepartmentFigure::AverageServiceTime)
        }),
    ),
    (
        operations::ANALYTICS_DEPARTMENTS_AVERAGE_WAITING_TIME,
        Route::Handler(|s, r| {
            reports::department_analytics(s, r, reports::DepartmentFigure::AverageWaitingTime)
        }),
    ),
    (
        operations::ANALYTICS_DEPARTMENTS_PERCENTAGE_ABANDONED_CHATS,
        Route::Handler(|s, r| {
            reports::department_analytics(s, r, reports::DepartmentFigure::PercentageAbandoned)
        }),
    ),
    (
        operations::ANALYTICS_DEPARTMENTS_TOTAL_ABANDONED_CHATS,
        Route::Handler(|s, r| {
            reports::department_analytics(s, r, reports::DepartmentFigure::AbandonedChats)
        }),
    ),
    (
        operations::ANALYTICS_DEPARTMENTS_TOTAL_SERVICE_TIME,
        Route::Handler(|s, r| {
            reports::department_analytics(s, r, reports::DepartmentFigure::TotalServiceTime)
        }),
    ),
    (
        operations::ANALYTICS_DEPARTMENTS_TOTAL_TRANSFERRED_CHATS,
        Route::Handler(|s, r| {
            reports::department_analytics(s, r, reports::DepartmentFigure::TransferredChats)
        }),
    ),
    (
        operations::ARCHIVE_DEPARTMENT,
        Route::Handler(|s, r| department::set_archived(s, r, true)),
    ),
    (
        operations::AUTOCOMPLETE_DEPARTMENTS,
        Route::Handler(|s, r| department::autocomplete_departments(s, r)),
    ),
    (
        operations::AUTOCOMPLETE_VISITORS,
        Route::Handler(|s, r| directory::autocomplete_visitors(s, r)),
    ),
    (
        operations::BLOCK_CONTACT,
        Route::Handler(|s, r| contact::set_contact_blocked(s, r, true)),
    ),
    (
        operations::CALL_TRIGGER_EXTERNAL_SERVICE,
        Route::ExternalService,
    ),
    (
        operations::CAN_RESET_PRIORITIES,
        Route::Handler(enterprise::can_reset_priorities),
    ),
    (
        operations::CHANGE_ROOM_VISITOR,
        Route::Handler(room_info::change_room_visitor),
    ),
    (
        operations::CHECK_CONTACT_EXISTENCE,
        Route::Handler(|s, r| contact::check_contact_existence(s, r)),
    ),
    (operations::CLOSE_ROOM, Route::Handler(room::close_room)),
    (
        operations::CLOSE_ROOM_BY_USER,
        Route::Handler(room::close_room_by_user),
    ),
    (
        operations::CREATE_CONTACT,
        Route::Handler(contact::create_contact),
    ),
    (
        operations::CREATE_DEPARTMENT,
        Route::Handler(department::create_department),
    ),
    (
        operations::CREATE_MONITOR,
        Route::Handler(enterprise::create_monitor),
    ),
    (
        operations::CREATE_SLA,
        Route::Handler(enterprise::create_sla),
    ),
    (
        operations::CREATE_UNIT,
        Route::Handler(|s, r| units::save_unit(s, r, None)),
    ),
    (operations::CREATE_USER, Route::Handler(users::create_user)),
    (
        operations::CREATE_VISITOR_MESSAGES,
        Route::Handler(message::create_visitor_messages),
    ),
    (
        operations::DELETE_CANNED_RESPONSE,
        Route::Handler(enterprise::delete_canned_response),
    ),
    (
        operations::DELETE_CONTACT,
        Route::Handler(contact::delete_contact),
    ),
    (
        operations::DELETE_CUSTOM_FIELD,
        Route::Handler(config::delete_custom_field),
    ),
    (
        operations::DELETE_DEPARTMENT,
        Route::Handler(department::delete_department),
    ),
    (
        operations::DELETE_MONITOR,
        Route::Handler(enterprise::delete_monitor),
    ),
    (
        operations::DELETE_ROOM,
        Route::Handler(room_info::delete_room),
    ),
    (
        operations::DELETE_SLA,
        Route::Handler(enterprise::delete_sla),
    ),
    (
        operations::DELETE_TAG,
        Route::Handler(enterprise::delete_tag),
    ),
    (
        operations::DELETE_TRIGGER,
        Route::Handler(config::delete_trigger),
    ),
    (operations::DELETE_UNIT, Route::Handler(units::delete_unit)),
    (operations::DELETE_USER, Route::Handler(users::delete_user)),
    (
        operations::DELETE_VISITOR,
        Route::Handler(|s, r| visitor::delete_visitor(s, r.param("token"))),
    ),
    (
        operations::DELETE_VISITOR_MESSAGE,
        Route::Handler(|s, r| message::delete_message(s, r, r.param("_id"))),
    ),
    (
        operations::DISCARD_TRANSCRIPT_REQUEST,
        Route::Handler(actions::discard_transcript_request),
    ),
    (
        operations::FORWARD_ROOM,
        Route::Handler(transfer::forward_room),
    ),
    (
        operations::GET_AGENT_INFO,
        Route::Handler(|s, r| actions::get_agent_info(s, r)),
    ),
    (
        operations::GET_AGENT_OVERVIEW,
        Route::Handler(|s, r| dashboards::agent_overview(s, r)),
    ),
    (
        operations::GET_AGENTS_PRODUCTIVITY_TOTALIZERS,
        Route::Handler(|s, r| dashboards::agents_productivity_totalizers(s, r)),
    ),
    (
        operations::GET_AGENTS_STATUS_CHART,
        Route::Handler(|s, r| analytics::agents_status_chart(s, r)),
    ),
    (
        operations::GET_ALL_CANNED_RESPONSES,
        Route::Handler(|s, r| enterprise::get_all_canned_responses(s, r)),
    ),
    (
        operations::GET_ANALYTICS_OVERVIEW,
        Route::Handler(|s, r| analytics::analytics_overview(s, r)),
    ),
    (
        operations::GET_APPEARANCE,
        Route::Handler(|s, r| appearance::get_appearance(s, r)),
    ),
    (
        operations::GET_BUSINESS_HOUR,
        Route::Handler(business_hours::get_business_hour),
    ),
    (
        operations::GET_CANNED_RESPONSE,
        Route::Handler(|s, r| enterprise::get_canned_response(s, r)),
    ),
    (
        operations::GET_CHART_DATA,
        Route::Handler(|s, r| dashboards::chart_data(s, r)),
    ),
    (
        operations::GET_CHATS_CHART,
        Route::Handler(|s, r| analytics::chats_chart(s, r)),
    ),
    (
        operations::GET_CHATS_PER_AGENT_CHART,
        Route::Handler(|s, r| dashboards::chats_per_agent(s, r)),
    ),
    (
        operations::GET_CHATS_PER_DEPARTMENT_CHART,
        Route::Handler(|s, r| dashboards::chats_per_department(s, r)),
    ),
    (
        operations::GET_CHATS_TOTALIZERS,
        Route::Handler(|s, r| dashboards::chats_totalizers(s, r)),
    ),
    (
        operations::GET_CONFIG,
        Route::Handler(|s, r| visitor::config(s, r)),
    ),
    (
        operations::GET_CONTACT,
        Route::Handler(|s, r| contact::get_contact(s, r)),
    ),
    (
        operations::GET_CONVERSATION_TOTALIZERS,
        Route::Handler(|s, r| analytics::conversation_totalizers(s, r)),
    ),
    (
        operations::GET_CUSTOM_FIELD,
        Route::Handler(|s, r| config::get_custom_field(s, r)),
    ),
    (
        operations::GET_DEPARTMENT,
        Route::Handler(|s, r| department::get_department(s, r, r.param("_id"))),
    ),
    (
        operations::GET_INQUIRY,
        Route::Handler(|s, r| inquiry::get_inquiry(s, r)),
    ),
    (
        operations::GET_INTEGRATION_SETTINGS,
        Route::Handler(|s, r| settings::integration_settings(s, r)),
    ),
    (
        operations::GET_LEGACY_CONTACT,
        Route::Handler(|s, r| legacy_contact::get_legacy_contact(s, r)),
    ),
    (operations::GET_ME, Route::Handler(|s, r| auth::me(s, r))),
    (
        operations::GET_MESSAGE_HISTORY,
        Route::Handler(|s, r| message::history(s, r, r.param("rid"))),
    ),
    (
        operations::GET_MONITOR,
        Route::Handler(|s, r| enterprise::get_monitor(s, r)),
    ),
    (
        operations::GET_NEXT_AGENT,
        Route::Handler(|s, r| actions::get_next_agent(s, r)),
    ),
    (
        operations::GET_OUTBOUND_PROVIDER_METADATA,
        Route::Handler(|s, r| outside::outbound_provider(s, r)),
    ),
    (
        operations::GET_PRIORITY,
        Route::Handler(enterprise::get_priority),
    ),
    (
        operations::GET_PRODUCTIVITY_TOTALIZERS,
        Route::Handler(|s, r| dashboards::productivity_totalizers(s, r)),
    ),
    (operations::GET_ROOM, Route::Handler(room::get_room)),
    (
        operations::GET_ROUTING_CONFIG,
        Route::Handler(|s, r| appearance::get_routing_config(s, r)),
    ),
    (
        operations::GET_SERVER_INFO,
        Route::Handler(|s, r| auth::server_info(s, r)),
    ),
    (
        operations::GET_SETTING,
        Route::Handler(|s, r| settings::get(s, r, r.param("_id"))),
    ),
    (
        operations::GET_SLA,
        Route::Handler(|s, r| enterprise::get_sla(s, r)),
    ),
    (
        operations::GET_TAG,
        Route::Handler(|s, r| enterprise::get_tag(s, r)),
    ),
    (
        operations::GET_TIMINGS_CHART,
        Route::Handler(|s, r| analytics::timings_chart(s, r)),
    ),
    (
        operations::GET_TRANSFER_HISTORY,
        Route::Handler(|s, r| transfer::get_transfer_history(s, r)),
    ),
    (
        operations::GET_TRIGGER,
        Route::Handler(|s, r| config::get_trigger(s, r)),
    ),
    (
        operations::GET_UNIT,
        Route::Handler(|s, r| units::get_unit(s, r)),
    ),
    (operations::GET_USER, Route::Handler(users::get_user)),
    (
        operations::GET_VISITOR,
        Route::Handler(|s, r| visitor::get_visitor(s, r.param("token"))),
    ),
    (
        operations::GET_VISITOR_CHAT_HISTORY,
        Route::Handler(|s, r| directory::get_visitor_chat_history(s, r)),
    ),
    (
        operations::GET_VISITOR_INFO,
        Route::Handler(|s, r| directory::get_visitor_info(s, r)),
    ),
    (
        operations::GET_VISITOR_MESSAGE,
        Route::Handler(|s, r| message::get_message(s, r, r.param("_id"))),
    ),
    (
        operations::IS_DEPARTMENT_CREATION_AVAILABLE,
        Route::Handler(|s, r| department::is_department_creation_available(s, r)),
    ),
    (operations::JOIN_ROOM, Route::Handler(actions::join_room)),
    (
        operations::LIST_AGENT_DEPARTMENTS,
        Route::Handler(|s, r| users::agent_departments(s, r, r.param("agentId"))),
    ),
    (
        operations::LIST_ARCHIVED_DEPARTMENTS,
        Route::Handler(|s, r| department::list_archived_departments(s, r)),
    ),
    (
        operations::LIST_BUSINESS_HOURS,
        Route::Handler(business_hours::list_business_hours),
    ),
    (
        operations::LIST_CANNED_RESPONSES,
        Route::Handler(|s, r| enterprise::list_canned_responses(s, r)),
    ),
    (
        operations::LIST_CONTACT_CHANNELS,
        Route::Handler(|s, r| contact::list_contact_channels(s, r)),
    ),
    (
        operations::LIST_CONTACT_HISTORY,
        Route::Handler(|s, r| contact::list_contact_history(s, r)),
    ),
    (
        operations::LIST_CUSTOM_FIELDS,
        Route::Handler(|s, r| config::list_custom_fields(s, r)),
    ),
    (
        operations::LIST_DEPARTMENT_AGENTS,
        Route::Handler(|s, r| department::list_department_agents(s, r, r.param("_id"))),
    ),
    (
        operations::LIST_DEPARTMENTS,
        Route::Handler(|s, r| department::list_departments(s, r)),
    ),
    (
        operations::LIST_DEPARTMENTS_BY_IDS,
        Route::Handler(|s, r| department::list_departments_by_ids(s, r)),
    ),
    (
        operations::LIST_INQUIRIES,
        Route::Handler(|s, r| inquiry::list_inquiries(s, r, false)),
    ),
    (
        operations::LIST_MONITORS,
        Route::Handler(|s, r| enterprise::list_monitors(s, r)),
    ),
    (
        operations::LIST_OUTBOUND_PROVIDERS,
        Route::Handler(|s, r| outside::list_outbound_providers(s, r)),
    ),
    (
        operations::LIST_PAGES_VISITED,
        Route::Handler(|s, r| actions::list_pages_visited(s, r)),
    ),
    (
        operations::LIST_PRIORITIES,
        Route::Handler(enterprise::list_priorities),
    ),
    (
        operations::LIST_QUEUE,
        Route::Handler(|s, r| queue::list_queue(s, r)),
    ),
    (
        // Servers up to 6.x; the agent's view of the queue, as `queuedForUser` later.
        operations::LIST_QUEUED_INQUIRIES,
        Route::Handler(|s, r| inquiry::list_inquiries(s, r, true)),
    ),
    (
        operations::LIST_QUEUED_INQUIRIES_FOR_USER,
        Route::Handler(|s, r| inquiry::list_inquiries(s, r, true)),
    ),
    (
        operations::LIST_ROOM_FILTERS,
        Route::Handler(|s, r| room_info::list_room_filters(s, r)),
    ),
    (
        operations::LIST_ROOM_MESSAGES,
        Route::Handler(|s, r| message::room_messages(s, r, r.param("rid"))),
    ),
    (
        operations::LIST_ROOMS,
        Route::Handler(|s, r| room::list_rooms(s, r)),
    ),
    (
        operations::LIST_SLA,
        Route::Handler(|s, r| enterprise::list_sla(s, r)),
    ),
    (
        operations::LIST_TAGS,
        Route::Handler(|s, r| enterprise::list_tags(s, r)),
    ),
    (
        operations::LIST_TRIGGERS,
        Route::Handler(|s, r| config::list_triggers(s, r)),
    ),
    (
        operations::LIST_UNIT_AVAILABLE_DEPARTMENTS,
        Route::Handler(|s, r| units::list_unit_available_departments(s, r)),
    ),
    (
        operations::LIST_UNIT_DEPARTMENTS,
        Route::Handler(|s, r| units::list_unit_departments(s, r)),
    ),
    (
        operations::LIST_UNIT_MONITORS,
        Route::Handler(|s, r| units::list_unit_monitors(s, r)),
    ),
    (
        operations::LIST_UNITS,
        Route::Handler(|s, r| units::list_units(s, r)),
    ),
    (operations::LIST_USERS, Route::Handler(users::list_users)),
    (
        operations::LIST_VISITOR_ROOMS,
        Route::Handler(|s, r| directory::list_visitor_rooms(s, r)),
    ),
    (operations::LOGIN, Route::Handler(auth::login)),
    (operations::LOGOUT, Route::Handler(auth::logout)),
    (
        operations::PLACE_ROOM_ON_HOLD,
        Route::Handler(enterprise::place_room_on_hold),
    ),
    (
        operations::RECEIVE_SMS,
        Route::Handler(|s, r| outside::receive_sms(s, r)),
    ),
    (
        operations::RECORD_PAGE_VISITED,
        Route::Handler(actions::record_page_visited),
    ),
    (
        operations::REGISTER_CONTACT,
        Route::Handler(legacy_contact::register_contact),
    ),
    (
        operations::REGISTER_VISITOR,
        Route::Handler(visitor::register_visitor),
    ),
    (
        operations::REMOVE_ALL_CLOSED_ROOMS,
        Route::Handler(room_info::remove_all_closed_rooms),
    ),
    (
        operations::REMOVE_BUSINESS_HOUR,
        Route::Handler(business_hours::remove_business_hour),
    ),
    (
        operations::REMOVE_CANNED_RESPONSE,
        Route::Handler(enterprise::remove_canned_response),
    ),
    (
        operations::REMOVE_ROOM_PRIORITY,
        Route::Handler(ranking::remove_room_priority),
    ),
    (
        operations::REPORT_CONVERSATIONS_BY_AGENT,
        Route::Handler(|s, r| reports::conversations_by(s, r, reports::Breakdown::Agent)),
    ),
    (
        operations::REPORT_CONVERSATIONS_BY_DEPARTMENT,
        Route::Handler(|s, r| reports::conversations_by(s, r, reports::Breakdown::Department)),
    ),
    (
        operations::REPORT_CONVERSATIONS_BY_SOURCE,
        Route::Handler(|s, r| reports::conversations_by(s, r, reports::Breakdown::Source)),
    ),
    (
        operations::REPORT_CONVERSATIONS_BY_STATUS,
        Route::Handler(|s, r| reports::conversations_by(s, r, reports::Breakdown::Status)),
    ),
    (
        operations::REPORT_CONVERSATIONS_BY_TAGS,
        Route::Handler(|s, r| reports::conversations_by(s, r, reports::Breakdown::Tags)),
    ),
    (
        operations::REQUEST_PDF_TRANSCRIPT,
        Route::Handler(outside::request_pdf_transcript),
    ),
    (
        operations::REQUEST_TRANSCRIPT,
        Route::Handler(|s, r| visitor::transcript(s, r)),
    ),
    (
        operations::REQUEST_TRANSCRIPT_FOR_ROOM,
        Route::Handler(actions::request_transcript_for_room),
    ),
    (
        operations::RESET_PRIORITIES,
        Route::Handler(enterprise::reset_priorities),
    ),
    (
        operations::RESOLVE_CONTACT_CONFLICTS,
        Route::Handler(contact::resolve_contact_conflicts),
    ),
    (
        operations::RESUME_ROOM_ON_HOLD,
        Route::Handler(enterprise::resume_room_on_hold),
    ),
    (
        operations::RETURN_ROOM_AS_INQUIRY,
        Route::Handler(actions::return_room_as_inquiry),
    ),
    (
        operations::SAVE_AGENT_INFO,
        Route::Handler(users::save_agent_info),
    ),
    (
        operations::SAVE_APPEARANCE,
        Route::Handler(appearance::save_appearance),
    ),
    (
        operations::SAVE_BUSINESS_HOUR,
        Route::Handler(business_hours::save_business_hour),
    ),
    (
        operations::SAVE_CANNED_RESPONSE,
        Route::Handler(enterprise::save_canned_response),
    ),
    (
        operations::SAVE_CUSTOM_FIELD,
        Route::Handler(config::save_custom_field),
    ),
    (
        operations::SAVE_INTEGRATIONS,
        Route::Handler(settings::save_integrations),
    ),
    (
        operations::SAVE_ROOM_INFO,
        Route::Handler(room_info::save_room_info),
    ),
    (operations::SAVE_TAG, Route::Handler(enterprise::save_tag)),
    (
        operations::SAVE_TRIGGER,
        Route::Handler(config::save_trigger),
    ),
    (
        operations::SEARCH_CONTACTS,
        Route::Handler(|s, r| contact::search_contacts(s, r)),
    ),
    (
        operations::SEARCH_LEGACY_CONTACT,
        Route::Handler(|s, r| legacy_contact::search_legacy_contact(s, r)),
    ),
    (
        operations::SEARCH_VISITOR_CHATS,
        Route::Handler(|s, r| directory::search_visitor_chats(s, r)),
    ),
    (
        operations::SEARCH_VISITORS,
        Route::Handler(|s, r| directory::search_visitors(s, r)),
    ),
    (
        operations::SEND_CHAT_MESSAGE,
        Route::Handler(message::chat_send_message),
    ),
    (
        operations::SEND_MESSAGE,
        Route::Handler(message::send_message),
    ),
    (
        operations::SEND_OFFLINE_MESSAGE,
        Route::Handler(|s, r| visitor::offline_message(s, r)),
    ),
    (
        operations::SEND_OUTBOUND_MESSAGE,
        Route::Handler(|s, r| outside::outbound_provider(s, r)),
    ),
    (
        operations::SET_AGENT_STATUS,
        Route::Handler(users::set_agent_status),
    ),
    (
        operations::SET_INQUIRY_SLA,
        Route::Handler(ranking::set_inquiry_sla),
    ),
    (
        operations::SET_ROOM_PRIORITY,
        Route::Handler(ranking::set_room_priority),
    ),
    (
        operations::SET_VISITOR_CALL_STATUS,
        Route::Handler(video_call::set_visitor_call_status),
    ),
    (
        operations::SET_VISITOR_CUSTOM_FIELD,
        Route::Handler(config::set_visitor_custom_field),
    ),
    (
        operations::SET_VISITOR_CUSTOM_FIELDS,
        Route::Handler(config::set_visitor_custom_fields),
    ),
    (
        operations::SET_VISITOR_STATUS,
        Route::Handler(actions::set_visitor_status),
    ),
    (
        operations::START_WEBRTC_CALL,
        Route::Handler(video_call::start_webrtc_call),
    ),
    (
        operations::SUBMIT_ROOM_SURVEY,
        Route::Handler(actions::submit_room_survey),
    ),
    (
        operations::TAKE_INQUIRY,
        Route::Handler(inquiry::take_inquiry),
    ),
    (
        operations::TEST_TRIGGER_EXTERNAL_SERVICE,
        Route::ExternalServiceTest,
    ),
    (operations::TEST_WEBHOOK, Route::WebhookTest),
    (
        operations::TRANSFER_ROOM,
        Route::Handler(transfer::transfer_room),
    ),
    (
        operations::TRANSFER_VISITOR_DEPARTMENT,
        Route::Handler(transfer::transfer_visitor_department),
    ),
    (
        operations::UNARCHIVE_DEPARTMENT,
        Route::Handler(|s, r| department::set_archived(s, r, false)),
    ),
    (
        operations::UNBLOCK_CONTACT,
        Route::Handler(|s, r| contact::set_contact_blocked(s, r, false)),
    ),
    (
        operations::UPDATE_CONTACT,
        Route::Handler(contact::update_contact),
    ),
    (
        operations::UPDATE_DEPARTMENT,
        Route::Handler(department::update_department),
    ),
    (
        operations::UPDATE_DEPARTMENT_AGENTS,
        Route::Handler(|s, r| department::update_department_agents(s, r, r.param("_id"))),
    ),
    (
        operations::UPDATE_PRIORITY,
        Route::Handler(enterprise::update_priority),
    ),
    (
        operations::UPDATE_SETTING,
        Route::Handler(|s, r| settings::update(s, r, r.param("_id"))),
    ),
    (
        operations::UPDATE_SLA,
        Route::Handler(enterprise::update_sla),
    ),
    (
        operations::UPDATE_UNIT,
        Route::Handler(|s, r| units::save_unit(s, r, Some(r.param("id")))),
    ),
    (
        operations::UPDATE_VISITOR_MESSAGE,
        Route::Handler(|s, r| message::edit_message(s, r, r.param("_id"))),
    ),
    (
        operations::UPDATE_WEBRTC_CALL,
        Route::Handler(video_call::update_webrtc_call),
    ),
    (operations::UPLOAD_FILE, Route::Handler(upload::upload_file)),
];

/// How the embedded server answers the operation with this id, if it serves it.
pub(crate) fn route(operation_id: &str) -> Option<Route> {
    ROUTES
        .binary_search_by(|(operation, _)| operation.id.cmp(operation_id))
        .ok()
        .map(|index| ROUTES[index].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_for_the_lookup() {
        assert!(ROUTES.windows(2).all(|w| w[0].0.id < w[1].0.id));
        for (operation, _) in ROUTES {
            assert!(route(operation.id).is_some(), "{}", operation.id);
        }
        assert!(route("no_such_operation").is_none());
    }
}
