//! Request shape and answer decoding of every operation beyond the core ones, one test each,
//! written as a table: method, path, exact query, JSON body, the call through the generated
//! client, a server-shaped answer (with fields the spec does not know), and what must decode.
//! Whether the call carries the user's headers or none is read from the operation table.

use chrono::{TimeZone, Utc};
use httpmock::prelude::*;
use rocketchat_livechat::types;
use serde_json::{json, Map, Value};

use crate::common::*;

fn map(value: Value) -> Map<String, Value> {
    value.as_object().cloned().expect("an object")
}

fn day(d: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, d, 0, 0, 0).unwrap()
}

/// Adds what a newer server might send, at the top level of an object answer.
fn newer(mut answer: Value) -> Value {
    if let Value::Object(map) = &mut answer {
        map.insert("fieldFromANewerServer".into(), json!({"nested": [1, 2, 3]}));
    }
    answer
}

macro_rules! shape {
    (
        fn $name:ident;
        $method:ident $path:expr, [$(($key:expr, $value:expr)),* $(,)?], $body:expr;
        call |$api:ident| $call:expr;
        answer $answer:expr;
        check |$out:pat_param| $check:expr;
    ) => {
        #[tokio::test]
        async fn $name() {
            let operation = rocketchat_api::operation(stringify!($name)).expect("the operation is in the table");
            assert_eq!(operation.method, stringify!($method));
            let server = server().await;
            let body: Option<Value> = $body;
            let answer: Value = newer($answer);
            let expected: Vec<(String, String)> = vec![$(($key.to_string(), $value.to_string())),*];
            let mock = server
                .mock_async(|when, then| {
                    let pairs: Vec<(&str, &str)> = expected.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                    let when = when.method($method).path($path).is_true(exact_query(&pairs));
                    let when = if operation.needs_user() { user_call(when) } else { visitor_call(when) };
                    if let Some(body) = &body {
                        when.header("content-type", "application/json").json_body(body.clone());
                    }
                    then.status(200).json_body(answer.clone());
                })
                .await;
            let client = client(&server);
            let $api = client.api();
            let $out = $call.await.expect(stringify!($name));
            mock.assert_async().await;
            $check;
        }
    };
}

const RID: &str = "Gzbn7tvjeLkbjuHnW";
const DEP: &str = "9aYDpbx3ZgZFHtaD4";

fn message() -> Value {
    json!({
        "_id": "mSsW7wQ2mYb3rGEP8", "rid": RID, "msg": "Hello", "ts": "2026-11-20T10:16:05.432Z",
        "u": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12", "name": "Ada"},
        "token": VISITOR_TOKEN, "_updatedAt": "2026-11-20T10:16:05.440Z", "mentions": [], "channels": []
    })
}

fn room() -> Value {
    json!({
        "_id": RID, "t": "l", "fname": "Ada", "open": true, "ts": "2026-11-20T10:16:02.000Z", "msgs": 3, "usersCount": 2,
        "v": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12", "token": VISITOR_TOKEN, "status": "online"},
        "servedBy": {"_id": USER_ID, "username": "agent.smith", "ts": "2026-11-20T10:17:00.000Z"},
        "source": {"type": "widget"}, "departmentId": DEP, "waitingResponse": false, "livechatData": {},
        "priorityWeight": 9999, "estimatedWaitingTimeQueue": 9999999, "_updatedAt": "2026-11-20T10:20:00.000Z"
    })
}

fn department() -> Value {
    json!({
        "_id": DEP, "name": "Sales", "enabled": true, "description": "", "showOnRegistration": true,
        "showOnOfflineForm": true, "email": "sales@example.com", "numAgents": 2, "type": "d",
        "requestTagBeforeClosingChat": false, "chatClosingTags": [], "_updatedAt": "2026-11-01T08:00:00.000Z"
    })
}

fn paged(key: &str, items: Value, total: u64) -> Value {
    let count = items.as_array().map(Vec::len).unwrap_or_default();
    json!({key: items, "count": count, "offset": 0, "total": total, "success": true})
}

fn ok() -> Value {
    json!({"success": true})
}

// ------------------------------------------------------------------ messages

shape! {
    fn get_visitor_message;
    GET "/api/v1/livechat/message/mSsW7wQ2mYb3rGEP8", [("token", VISITOR_TOKEN), ("rid", RID)], None;
    call |api| api.get_visitor_message().id("mSsW7wQ2mYb3rGEP8").token(VISITOR_TOKEN).rid(RID);
    answer json!({"message": message(), "success": true});
    check |answer| assert_eq!(answer.message.msg, "Hello");
}

shape! {
    fn update_visitor_message;
    PUT "/api/v1/livechat/message/mSsW7wQ2mYb3rGEP8", [], Some(json!({"token": VISITOR_TOKEN, "rid": RID, "msg": "Hello again"}));
    call |api| api.update_visitor_message().id("mSsW7wQ2mYb3rGEP8").body_map(|b| b.token(VISITOR_TOKEN).rid(RID).msg("Hello again"));
    answer {
        let mut m = message();
        m["msg"] = json!("Hello again");
        m["editedAt"] = json!("2026-11-20T10:18:00.000Z");
        m["editedBy"] = json!({"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12"});
        json!({"message": m, "success": true})
    };
    check |answer| assert!(answer.message.edited_at.is_some());
}

shape! {
    fn delete_visitor_message;
    DELETE "/api/v1/livechat/message/mSsW7wQ2mYb3rGEP8", [], Some(json!({"token": VISITOR_TOKEN, "rid": RID}));
    call |api| api.delete_visitor_message().id("mSsW7wQ2mYb3rGEP8").body_map(|b| b.token(VISITOR_TOKEN).rid(RID));
    answer json!({"message": {"_id": "mSsW7wQ2mYb3rGEP8", "ts": "2026-11-20T10:19:00.000Z"}, "success": true});
    check |answer| assert_eq!(answer.message.id, "mSsW7wQ2mYb3rGEP8");
}

shape! {
    fn list_room_messages;
    GET "/api/v1/livechat/Gzbn7tvjeLkbjuHnW/messages", [("searchTerm", "order"), ("count", "25")], None;
    call |api| api.list_room_messages().rid(RID).search_term("order").count(25);
    answer paged("messages", json!([message()]), 1);
    check |page| assert_eq!(page.messages[0].id, "mSsW7wQ2mYb3rGEP8");
}

shape! {
    fn create_visitor_messages;
    POST "/api/v1/livechat/messages", [], Some(json!({
        "visitor": {"token": VISITOR_TOKEN},
        "messages": [{"msg": "first"}, {"msg": "second"}]
    }));
    call |api| api.create_visitor_messages().body_map(|b| b
        .visitor(types::CreateVisitorMessagesRequestVisitor {
            token: VISITOR_TOKEN.into(),
        })
        .messages(vec![
            types::CreateVisitorMessagesRequestMessagesItem { msg: "first".into() },
            types::CreateVisitorMessagesRequestMessagesItem { msg: "second".into() },
        ]));
    answer json!({"messages": [
        {"username": "guest-12", "msg": "first", "ts": "2026-11-20T10:16:05.432Z"},
        {"username": "guest-12", "msg": "second", "ts": "2026-11-20T10:16:05.433Z"}
    ], "success": true});
    check |answer| assert_eq!(answer.messages[1].msg.as_deref(), Some("second"));
}

shape! {
    fn record_page_visited;
    POST "/api/v1/livechat/page.visited", [], Some(json!({
        "token": VISITOR_TOKEN, "rid": RID,
        "pageInfo": {"title": "Cart", "change": "url", "location": {"href": "https://shop.example.com/cart"}}
    }));
    call |api| api.record_page_visited().body_map(|b| b
        .token(VISITOR_TOKEN)
        .rid(RID.to_string())
        .page_info(types::PageVisitedRequestPageInfo {
            title: "Cart".into(),
            change: "url".into(),
            location: types::PageVisitedRequestPageInfoLocation { href: "https://shop.example.com/cart".into() },
        }));
    answer json!({"page": {"msg": "https://shop.example.com/cart", "navigation": {"page": {"title": "Cart", "change": "url", "location": {"href": "https://shop.example.com/cart"}}, "token": VISITOR_TOKEN}}, "success": true});
    check |answer| assert_eq!(answer.page.unwrap().msg.as_deref(), Some("https://shop.example.com/cart"));
}

// ------------------------------------------------------------------ triggers

fn trigger() -> Value {
    json!({
        "_id": "trg1", "name": "Welcome", "description": "Greets visitors", "enabled": true, "runOnce": false,
        "conditions": [{"name": "time-on-site", "value": 10}],
        "actions": [{"name": "send-message", "params": {"sender": "queue", "msg": "Hi! Need help?"}}],
        "_updatedAt": "2026-11-01T08:00:00.000Z"
    })
}

shape! {
    fn list_triggers;
    GET "/api/v1/livechat/triggers", [("offset", "0"), ("count", "10")], None;
    call |api| api.list_triggers().offset(0).count(10);
    answer paged("triggers", json!([trigger()]), 1);
    check |page| assert_eq!(page.triggers[0].conditions[0].value, Some(json!(10)));
}

shape! {
    fn save_trigger;
    POST "/api/v1/livechat/triggers", [], Some(json!({
        "name": "Welcome", "description": "Greets visitors", "enabled": true, "runOnce": false,
        "conditions": [{"name": "page-url", "value": "/cart"}],
        "actions": [{"name": "send-message", "params": {"msg": "Hi!"}}]
    }));
    call |api| api.save_trigger().body_map(|b| b
        .name("Welcome").description("Greets visitors").enabled(true).run_once(false)
        .conditions(vec![types::TriggerConditionInput { name: types::TriggerConditionName::PageUrl, value: "/cart".into() }])
        .actions(vec![types::TriggerAction { name: types::TriggerActionName::SendMessage, params: map(json!({"msg": "Hi!"})) }]));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn get_trigger;
    GET "/api/v1/livechat/triggers/trg1", [], None;
    call |api| api.get_trigger().id("trg1");
    answer json!({"trigger": trigger(), "success": true});
    check |answer| assert_eq!(answer.trigger.unwrap().name, "Welcome");
}

shape! {
    fn delete_trigger;
    DELETE "/api/v1/livechat/triggers/trg1", [], None;
    call |api| api.delete_trigger().id("trg1");
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

fn external_result() -> Value {
    json!({"triggerId": "trg1", "response": {"statusCode": 200, "contents": [{"msg": "Your order ships today", "order": 0}]}, "success": true})
}

shape! {
    fn test_trigger_external_service;
    POST "/api/v1/livechat/triggers/external-service/test", [], Some(json!({
        "webhookUrl": "https://crm.example.com/trigger", "timeout": 5000, "fallbackMessage": "Sorry",
        "extraData": [{"key": "plan", "value": "gold"}]
    }));
    call |api| api.test_trigger_external_service().body_map(|b| b
        .webhook_url("https://crm.example.com/trigger").timeout(5000).fallback_message("Sorry")
        .extra_data(vec![types::ExtraDataItem { key: "plan".into(), value: "gold".into() }]));
    answer external_result();
    check |answer| assert_eq!(answer.response.unwrap().contents[0].msg.as_deref(), Some("Your order ships today"));
}

shape! {
    fn call_trigger_external_service;
    POST "/api/v1/livechat/triggers/trg1/external-service/call", [], Some(json!({"token": VISITOR_TOKEN}));
    call |api| api.call_trigger_external_service().id("trg1").body_map(|b| b.token(VISITOR_TOKEN));
    answer external_result();
    check |answer| assert_eq!(answer.trigger_id.as_deref(), Some("trg1"));
}

// ------------------------------------------------------------------ queue, routing, sms

shape! {
    fn get_routing_config;
    GET "/api/v1/livechat/config/routing", [], None;
    call |api| api.get_routing_config();
    answer json!({"config": {"previewRoom": true, "showConnecting": false, "showQueue": true, "showQueueLink": true,
        "returnQueue": true, "enableTriggerAction": true, "autoAssignAgent": false}, "success": true});
    check |answer| assert_eq!(answer.config.show_queue, Some(true));
}

shape! {
    fn get_integration_settings;
    GET "/api/v1/livechat/integrations.settings", [], None;
    call |api| api.get_integration_settings();
    answer json!({"settings": [
        {"_id": "Livechat_webhookUrl", "value": "https://crm.example.com/hook", "type": "string", "public": false, "group": "Omnichannel", "section": "CRM_Integration", "packageValue": ""},
        {"_id": "Livechat_webhook_on_close", "value": true, "type": "boolean", "group": "Omnichannel"}
    ], "success": true});
    check |answer| assert_eq!(answer.settings[1].value, Some(json!(true)));
}

shape! {
    fn list_queue;
    GET "/api/v1/livechat/queue", [("departmentId", DEP), ("includeOfflineAgents", "true")], None;
    call |api| api.list_queue().department_id(DEP).include_offline_agents(true);
    answer paged("queue", json!([{"chats": 3, "user": {"_id": USER_ID, "username": "agent.smith", "status": "online"},
        "department": {"_id": DEP, "name": "Sales"}}]), 1);
    check |page| assert_eq!(page.queue[0].chats, Some(3));
}

#[tokio::test]
async fn receive_sms() {
    let server = server().await;
    let twiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";
    let mock = server
        .mock_async(|when, then| {
            // A raw (XML) answer: no `accept: application/json` here.
            when.method(POST)
                .path("/api/v1/livechat/sms-incoming/twilio")
                .header_missing("x-auth-token")
                .header_missing("x-user-id")
                .query_param("department", DEP)
                .header("content-type", "application/x-www-form-urlencoded")
                .form_urlencoded_tuple("From", "+4915112345678")
                .form_urlencoded_tuple("Body", "Where is my order?");
            then.status(200)
                .header("content-type", "text/xml")
                .body(twiml);
        })
        .await;
    let client = client(&server);
    let body = types::SmsIncomingRequest {
        from: Some("+4915112345678".into()),
        to: Some("+4930123456".into()),
        body: Some("Where is my order?".into()),
    };
    let api = client.api();
    let stream = api
        .receive_sms()
        .service("twilio")
        .department(DEP)
        .body(body)
        .await
        .unwrap();
    let bytes = futures::TryStreamExt::try_fold(
        stream.into_inner(),
        Vec::new(),
        |mut all, chunk| async move {
            all.extend_from_slice(&chunk);
            Ok(all)
        },
    )
    .await
    .unwrap();
    mock.assert_async().await;
    assert_eq!(String::from_utf8(bytes).unwrap(), twiml);
}

// ------------------------------------------------------------------ agents

fn agent_info() -> Value {
    json!({"agent": {"_id": USER_ID, "username": "agent.smith", "name": "Agent Smith",
        "emails": [{"address": "smith@example.com", "verified": true}], "customFields": {"team": "blue"}}, "success": true})
}

shape! {
    fn get_agent_info;
    GET format!("/api/v1/livechat/agent.info/{RID}/{VISITOR_TOKEN}"), [], None;
    call |api| api.get_agent_info().rid(RID).token(VISITOR_TOKEN);
    answer agent_info();
    check |answer| assert_eq!(shown(answer.agent).emails[0].address, "smith@example.com");
}

/// The agent of an answer that shows it.
fn shown(agent: Option<types::VisitorAgent>) -> types::AgentInfo {
    match agent {
        Some(types::VisitorAgent::AgentInfo(agent)) => agent,
        other => panic!("expected the agent, got {other:?}"),
    }
}

shape! {
    fn get_next_agent;
    GET format!("/api/v1/livechat/agent.next/{VISITOR_TOKEN}"), [("department", DEP)], None;
    call |api| api.get_next_agent().token(VISITOR_TOKEN).department(DEP);
    answer agent_info();
    check |answer| assert_eq!(shown(answer.agent).username, "agent.smith");
}

shape! {
    fn set_agent_status;
    POST "/api/v1/livechat/agent.status", [], Some(json!({"status": "not-available", "agentId": USER_ID}));
    call |api| api.set_agent_status().body_map(|b| b.status(types::LivechatAgentStatus::NotAvailable).agent_id(USER_ID.to_string()));
    answer json!({"status": "not-available", "success": true});
    check |answer| assert_eq!(answer.status, Some(types::LivechatAgentStatus::NotAvailable));
}

shape! {
    fn save_agent_info;
    POST "/api/v1/livechat/agents.saveInfo", [], Some(json!({
        "agentId": USER_ID, "agentData": {"maxNumberSimultaneousChat": 4}, "agentDepartments": [DEP]
    }));
    call |api| api.save_agent_info().body_map(|b| b
        .agent_id(USER_ID).agent_data(map(json!({"maxNumberSimultaneousChat": 4}))).agent_departments(vec![DEP.to_string()]));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn list_agent_departments;
    GET format!("/api/v1/livechat/agents/{USER_ID}/departments"), [("enabledDepartmentsOnly", "true")], None;
    call |api| api.list_agent_departments().agent_id(USER_ID).enabled_departments_only(true);
    answer json!({"departments": [{"_id": "u2vB7nQ3xLpZ8cWkT", "agentId": USER_ID, "departmentId": DEP, "departmentEnabled": true,
        "username": "agent.smith", "count": 4, "order": 0, "_updatedAt": "2026-11-01T08:00:00.000Z"}], "success": true});
    check |answer| assert_eq!(answer.departments[0].count, Some(4));
}

fn agent_analytics(field: &str) -> Value {
    paged(
        "agents",
        json!([{"_id": USER_ID, "username": "agent.smith", field: 312.5}]),
        1,
    )
}

shape! {
    fn analytics_agents_available_for_service_history;
    GET "/api/v1/livechat/analytics/agents/available-for-service-history",
        [("start", "2026-11-01T00:00:00Z"), ("end", "2026-11-20T00:00:00Z"), ("fullReport", "true")], None;
    call |api| api.analytics_agents_available_for_service_history().start(day(1)).end(day(20)).full_report(true);
    answer agent_analytics("availableTimeInSeconds");
    check |page| assert_eq!(page.agents[0].available_time_in_seconds, Some(312.5));
}

shape! {
    fn analytics_agents_average_service_time;
    GET "/api/v1/livechat/analytics/agents/average-service-time",
        [("start", "2026-11-01T00:00:00Z"), ("end", "2026-11-20T00:00:00Z")], None;
    call |api| api.analytics_agents_average_service_time().start(day(1)).end(day(20));
    answer agent_analytics("averageServiceTimeInSeconds");
    check |page| assert_eq!(page.agents[0].average_service_time_in_seconds, Some(312.5));
}

shape! {
    fn analytics_agents_total_service_time;
    GET "/api/v1/livechat/analytics/agents/total-service-time",
        [("start", "2026-11-01T00:00:00Z"), ("end", "2026-11-20T00:00:00Z"), ("count", "5")], None;
    call |api| api.analytics_agents_total_service_time().start(day(1)).end(day(20)).count(5);
    answer agent_analytics("serviceTimeDuration");
    check |page| assert_eq!(page.agents[0].service_time_duration, Some(312.5));
}

// ------------------------------------------------------------------ business hours

fn business_hour() -> Value {
    json!({"_id": "bh1", "name": "", "active": true, "type": "default", "ts": "2026-11-01T08:00:00.000Z",
        "timezone": {"name": "Europe/Berlin", "utc": "+01:00"},
        "workHours": [{"day": "Monday", "start": {"time": "08:00", "utc": {"dayOfWeek": "Monday", "time": "07:00"}, "cron": {"dayOfWeek": "Monday", "time": "07:00"}},
                       "finish": {"time": "18:00"}, "open": true, "code": 1}],
        "departments": [], "_updatedAt": "2026-11-01T08:00:00.000Z"})
}

shape! {
    fn get_business_hour;
    GET "/api/v1/livechat/business-hour", [("type", "default")], None;
    call |api| api.get_business_hour().type_("default");
    answer json!({"businessHour": business_hour(), "success": true});
    check |answer| assert_eq!(answer.business_hour.unwrap().work_hours[0].day, "Monday");
}

shape! {
    fn save_business_hour;
    POST "/api/v1/livechat/business-hours.save", [], Some(json!({
        "name": "Weekdays", "timezoneName": "Europe/Berlin", "daysOpen": ["Monday"],
        "workHours": [{"day": "Monday", "start": "08:00", "finish": "18:00", "open": true}],
        "departmentsToApplyBusinessHour": DEP, "active": true, "type": "custom"
    }));
    call |api| api.save_business_hour().body_map(|b| b
        .name("Weekdays").timezone_name("Europe/Berlin").days_open(vec!["Monday".to_string()])
        .work_hours(vec![types::SaveBusinessHourRequestWorkHoursItem { day: "Monday".into(), start: "08:00".into(), finish: "18:00".into(), open: true }])
        .departments_to_apply_business_hour(DEP).active(true).type_("custom"));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn remove_business_hour;
    POST "/api/v1/livechat/business-hours.remove", [], Some(json!({"_id": "bh2", "type": "custom"}));
    call |api| api.remove_business_hour().body_map(|b| b.id("bh2").type_("custom"));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn list_business_hours;
    GET "/api/v1/livechat/business-hours", [("name", "Week")], None;
    call |api| api.list_business_hours().name("Week");
    answer paged("businessHours", json!([business_hour()]), 1);
    check |page| assert_eq!(page.business_hours[0].timezone.as_ref().unwrap().name.as_deref(), Some("Europe/Berlin"));
}

// ------------------------------------------------------------------ contacts

fn contact() -> Value {
    json!({
        "_id": "6738a3c1f0a9b2c4d5e6f789", "name": "Ada Lovelace", "emails": [{"address": "ada@example.com"}],
        "phones": [{"phoneNumber": "+4915112345678"}], "unknown": false, "contactManager": USER_ID,
        "customFields": {"plan": "gold"}, "createdAt": "2026-11-01T08:00:00.000Z", "_updatedAt": "2026-11-20T10:00:00.000Z",
        "lastChat": {"_id": RID, "ts": "2026-11-20T10:16:02.000Z"},
        "channels": [{"name": "widget", "visitor": {"visitorId": "5fQmTfdzD9SEpYsGy", "source": {"type": "widget"}},
                      "blocked": false, "verified": true, "verifiedAt": "2026-11-02T08:00:00.000Z", "field": "email",
                      "value": "ada@example.com", "details": {"type": "widget", "destination": "shop.example.com"}}],
        "conflictingFields": [], "importIds": []
    })
}

shape! {
    fn register_contact;
    POST "/api/v1/omnichannel/contact", [], Some(json!({"token": VISITOR_TOKEN, "name": "Ada Lovelace", "username": "guest-12", "email": "ada@example.com"}));
    call |api| api.register_contact().body_map(|b| b.token(VISITOR_TOKEN).name("Ada Lovelace").username("guest-12").email("ada@example.com".to_string()));
    answer json!({"contact": "5fQmTfdzD9SEpYsGy", "success": true});
    check |answer| assert_eq!(answer.contact.as_deref(), Some("5fQmTfdzD9SEpYsGy"));
}

shape! {
    fn get_legacy_contact;
    GET "/api/v1/omnichannel/contact", [("contactId", "5fQmTfdzD9SEpYsGy")], None;
    call |api| api.get_legacy_contact().contact_id("5fQmTfdzD9SEpYsGy");
    answer json!({"contact": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12", "name": "Ada Lovelace",
        "visitorEmails": [{"address": "ada@example.com"}], "ts": "2026-11-20T10:15:30.123Z"}, "success": true});
    check |answer| assert_eq!(answer.contact.unwrap().visitor_emails[0].address, "ada@example.com");
}

shape! {
    fn search_legacy_contact;
    GET "/api/v1/omnichannel/contact.search", [("phone", "+4915112345678")], None;
    call |api| api.search_legacy_contact().phone("+4915112345678");
    answer json!({"contact": null, "success": true});
    check |answer| assert!(answer.contact.is_none());
}

shape! {
    fn create_contact;
    POST "/api/v1/omnichannel/contacts", [], Some(json!({"name": "Ada Lovelace", "emails": ["ada@example.com"], "phones": []}));
    call |api| api.create_contact().body_map(|b| b.name("Ada Lovelace").emails(vec!["ada@example.com".to_string()]).phones(Vec::<String>::new()));
    answer json!({"contactId": "6738a3c1f0a9b2c4d5e6f789", "success": true});
    check |answer| assert_eq!(answer.contact_id.as_deref(), Some("6738a3c1f0a9b2c4d5e6f789"));
}

shape! {
    fn update_contact;
    POST "/api/v1/omnichannel/contacts.update", [], Some(json!({"contactId": "6738a3c1f0a9b2c4d5e6f789", "name": "Ada King"}));
    call |api| api.update_contact().body_map(|b| b.contact_id("6738a3c1f0a9b2c4d5e6f789").name("Ada King".to_string()));
    answer json!({"contact": contact(), "success": true});
    check |answer| assert_eq!(answer.contact.unwrap().channels[0].verified, Some(true));
}

shape! {
    fn resolve_contact_conflicts;
    POST "/api/v1/omnichannel/contacts.conflicts", [], Some(json!({"contactId": "6738a3c1f0a9b2c4d5e6f789", "name": "Ada Lovelace", "wipeConflicts": true}));
    call |api| api.resolve_contact_conflicts().body_map(|b| b.contact_id("6738a3c1f0a9b2c4d5e6f789").name("Ada Lovelace".to_string()).wipe_conflicts(true));
    // The route answers `result` (contact.ts), not the `contact` its typings declare.
    answer json!({"result": contact(), "success": true});
    check |answer| assert_eq!(answer.result.unwrap().name, "Ada Lovelace");
}

shape! {
    fn get_contact;
    GET "/api/v1/omnichannel/contacts.get", [("contactId", "6738a3c1f0a9b2c4d5e6f789")], None;
    call |api| api.get_contact().contact_id("6738a3c1f0a9b2c4d5e6f789");
    answer json!({"contact": contact(), "success": true});
    check |answer| assert_eq!(answer.contact.unwrap().phones[0].phone_number, "+4915112345678");
}

/// A contact as `contacts.search` answers it: the manager looked up.
fn with_manager(mut contact: Value) -> Value {
    contact["contactManager"] =
        json!({"_id": contact["contactManager"], "name": "Agent Smith", "username": "agent.smith"});
    contact
}

shape! {
    fn search_contacts;
    GET "/api/v1/omnichannel/contacts.search", [("searchText", "ada"), ("unknown", "false"), ("count", "20")], None;
    call |api| api.search_contacts().search_text("ada").unknown(false).count(20);
    // `getContacts` replaces the stored manager id with the user (`_id`, `name`, `username`).
    answer paged("contacts", json!([with_manager(contact())]), 1);
    check |page| {
        assert_eq!(page.contacts[0].unknown, Some(false));
        assert_eq!(page.contacts[0].contact_manager.as_ref().unwrap().username.as_deref(), Some("agent.smith"));
    };
}

shape! {
    fn check_contact_existence;
    GET "/api/v1/omnichannel/contacts.checkExistence", [("email", "ada@example.com")], None;
    call |api| api.check_contact_existence().email("ada@example.com");
    answer json!({"exists": true, "success": true});
    check |answer| assert!(answer.exists);
}

shape! {
    fn list_contact_history;
    GET "/api/v1/omnichannel/contacts.history", [("contactId", "6738a3c1f0a9b2c4d5e6f789"), ("source", "widget")], None;
    call |api| api.list_contact_history().contact_id("6738a3c1f0a9b2c4d5e6f789").source("widget");
    answer paged("history", json!([{"_id": RID, "rid": RID, "fname": "Ada", "ts": "2026-11-20T10:16:02.000Z",
        "closedAt": "2026-11-20T10:40:00.000Z", "source": {"type": "widget"}, "closedBy": {"_id": USER_ID, "username": "agent.smith"},
        "servedBy": {"_id": USER_ID, "username": "agent.smith"}, "lastMessage": message()}]), 1);
    check |page| assert!(page.history[0].closed_at.is_some());
}

shape! {
    fn list_contact_channels;
    GET "/api/v1/omnichannel/contacts.channels", [("contactId", "6738a3c1f0a9b2c4d5e6f789")], None;
    call |api| api.list_contact_channels().contact_id("6738a3c1f0a9b2c4d5e6f789");
    answer json!({"channels": contact()["channels"].clone(), "success": true});
    check |answer| assert_eq!(answer.channels[0].name.as_deref(), Some("widget"));
}

shape! {
    fn delete_contact;
    POST "/api/v1/omnichannel/contacts.delete", [], Some(json!({"contactId": "6738a3c1f0a9b2c4d5e6f789"}));
    call |api| api.delete_contact().body_map(|b| b.contact_id("6738a3c1f0a9b2c4d5e6f789"));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

fn block_body() -> Value {
    json!({"visitor": {"visitorId": "5fQmTfdzD9SEpYsGy", "source": {"type": "widget"}}})
}

fn block_request() -> types::BlockContactRequest {
    serde_json::from_value(block_body()).unwrap()
}

shape! {
    fn block_contact;
    POST "/api/v1/omnichannel/contacts.block", [], Some(block_body());
    call |api| api.block_contact().body(block_request());
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn unblock_contact;
    POST "/api/v1/omnichannel/contacts.unblock", [], Some(block_body());
    call |api| api.unblock_contact().body(block_request());
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

// ------------------------------------------------------------------ custom fields

fn custom_field() -> Value {
    json!({"_id": "plan", "label": "Plan", "scope": "visitor", "visibility": "visible", "type": "select",
        "options": "free,gold", "defaultValue": "free", "required": false, "public": true, "searchable": true,
        "regexp": "", "_updatedAt": "2026-11-01T08:00:00.000Z"})
}

shape! {
    fn list_custom_fields;
    GET "/api/v1/livechat/custom-fields", [("text", "pl")], None;
    call |api| api.list_custom_fields().text("pl");
    answer paged("customFields", json!([custom_field()]), 1);
    check |page| assert_eq!(page.custom_fields[0].scope, types::CustomFieldScope::Visitor);
}

shape! {
    fn get_custom_field;
    GET "/api/v1/livechat/custom-fields/plan", [], None;
    call |api| api.get_custom_field().id("plan");
    answer json!({"customField": custom_field(), "success": true});
    check |answer| assert_eq!(answer.custom_field.unwrap().options.as_deref(), Some("free,gold"));
}

shape! {
    fn save_custom_field;
    POST "/api/v1/livechat/custom-fields.save", [], Some(json!({
        "customFieldId": "plan",
        "customFieldData": {"field": "plan", "label": "Plan", "scope": "visitor", "visibility": "visible"}
    }));
    call |api| api.save_custom_field().body_map(|b| b.custom_field_id("plan".to_string()).custom_field_data(
        types::SaveCustomFieldRequestCustomFieldData::try_from(
            types::builder::SaveCustomFieldRequestCustomFieldData::default()
                .field("plan").label("Plan").scope(types::CustomFieldScope::Visitor).visibility("visible"),
        ).unwrap()));
    // An update: createOrUpdateCustomField answers the record it $set, without `_id`.
    answer json!({"customField": {"label": "Plan", "scope": "visitor", "visibility": "visible",
        "_updatedAt": "2026-11-01T08:00:00.000Z"}, "success": true});
    check |answer| assert_eq!((answer.custom_field.id, answer.custom_field.label.as_str()), (None, "Plan"));
}

shape! {
    fn delete_custom_field;
    POST "/api/v1/livechat/custom-fields.delete", [], Some(json!({"customFieldId": "plan"}));
    call |api| api.delete_custom_field().body_map(|b| b.custom_field_id("plan"));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn set_visitor_custom_field;
    POST "/api/v1/livechat/custom.field", [], Some(json!({"token": VISITOR_TOKEN, "key": "plan", "value": "gold", "overwrite": true}));
    call |api| api.set_visitor_custom_field().body_map(|b| b.token(VISITOR_TOKEN).key("plan").value("gold").overwrite(true));
    answer json!({"field": {"key": "plan", "value": "gold", "overwrite": true}, "success": true});
    check |answer| assert_eq!(answer.field.unwrap().value.as_deref(), Some("gold"));
}

shape! {
    fn set_visitor_custom_fields;
    POST "/api/v1/livechat/custom.fields", [], Some(json!({"token": VISITOR_TOKEN,
        "customFields": [{"key": "plan", "value": "gold", "overwrite": true}]}));
    call |api| api.set_visitor_custom_fields().body_map(|b| b.token(VISITOR_TOKEN).custom_fields(vec![
        types::CustomFieldInput { key: "plan".into(), value: "gold".into(), overwrite: true }]));
    answer json!({"fields": [{"Key": "plan", "value": "gold", "overwrite": true}], "success": true});
    check |answer| assert_eq!(answer.fields[0].key.as_deref(), Some("plan"));
}

// ------------------------------------------------------------------ dashboards, statistics, reports

fn range_query() -> [(&'static str, &'static str); 3] {
    [
        ("start", "2026-11-01T00:00:00Z"),
        ("end", "2026-11-20T00:00:00Z"),
        ("departmentId", DEP),
    ]
}

fn totalizers() -> Value {
    json!({"totalizers": [
        {"title": "Total_conversations", "value": 12}, {"title": "Open_conversations", "value": 3},
        {"title": "Avg_first_response_time", "value": "00:00:30"}
    ], "success": true})
}

macro_rules! totalizers {
    ($name:ident, $path:expr) => {
        shape! {
            fn $name;
            GET $path, [(range_query()[0].0, range_query()[0].1), (range_query()[1].0, range_query()[1].1), (range_query()[2].0, range_query()[2].1)], None;
            call |api| api.$name().start(day(1)).end(day(20)).department_id(DEP);
            answer totalizers();
            check |answer| assert_eq!(answer.totalizers[2].value, Some(json!("00:00:30")));
        }
    };
}

totalizers!(
    get_conversation_totalizers,
    "/api/v1/livechat/analytics/dashboards/conversation-totalizers"
);
totalizers!(
    get_agents_productivity_totalizers,
    "/api/v1/livechat/analytics/dashboards/agents-productivity-totalizers"
);
totalizers!(
    get_chats_totalizers,
    "/api/v1/livechat/analytics/dashboards/chats-totalizers"
);
totalizers!(
    get_productivity_totalizers,
    "/api/v1/livechat/analytics/dashboards/productivity-totalizers"
);

shape! {
    fn get_chats_chart;
    GET "/api/v1/livechat/analytics/dashboards/charts/chats", [("start", "2026-11-01T00:00:00Z"), ("end", "2026-11-20T00:00:00Z")], None;
    call |api| api.get_chats_chart().start(day(1)).end(day(20));
    answer json!({"open": 3, "closed": 9, "queued": 1, "onhold": 0, "success": true});
    check |chart| assert_eq!((chart.open, chart.closed), (Some(3), Some(9)));
}

shape! {
    fn get_chats_per_agent_chart;
    GET "/api/v1/livechat/analytics/dashboards/charts/chats-per-agent", [("start", "2026-11-01T00:00:00Z"), ("end", "2026-11-20T00:00:00Z")], None;
    call |api| api.get_chats_per_agent_chart().start(day(1)).end(day(20));
    answer json!({"agent.smith": {"open": 2, "closed": 7, "onhold": 0}, "agent.jones": {"open": 1, "closed": 2, "onhold": 1}, "success": true});
    check |chart| assert_eq!(chart["agent.smith"]["closed"], 7);
}

shape! {
    fn get_agents_status_chart;
    GET "/api/v1/livechat/analytics/dashboards/charts/agents-status", [("departmentId", DEP)], None;
    call |api| api.get_agents_status_chart().department_id(DEP);
    answer json!({"offline": 1, "away": 0, "busy": 0, "available": 2, "success": true});
    check |chart| assert_eq!(chart.available, Some(2));
}

shape! {
    fn get_chats_per_department_chart;
    GET "/api/v1/livechat/analytics/dashboards/charts/chats-per-department", [("start", "2026-11-01T00:00:00Z"), ("end", "2026-11-20T00:00:00Z")], None;
    call |api| api.get_chats_per_department_chart().start(day(1)).end(day(20));
    answer json!({"Sales": {"open": 1, "closed": 4}, "success": true});
    check |chart| assert_eq!(chart["Sales"]["open"], 1);
}

shape! {
    fn get_timings_chart;
    GET "/api/v1/livechat/analytics/dashboards/charts/timings", [("start", "2026-11-01T00:00:00Z"), ("end", "2026-11-20T00:00:00Z")], None;
    call |api| api.get_timings_chart().start(day(1)).end(day(20));
    answer json!({"response": {"avg": 30.5, "longest": 120}, "reaction": {"avg": 12, "longest": 60},
        "chatDuration": {"avg": 600, "longest": 1800}, "success": true});
    check |chart| assert_eq!(chart.response.unwrap().avg, Some(30.5));
}

shape! {
    fn get_chart_data;
    GET "/api/v1/livechat/analytics/dashboards/charts-data",
        [("chartName", "Total_conversations"), ("start", "2026-11-01T00:00:00Z"), ("end", "2026-11-20T00:00:00Z")], None;
    call |api| api.get_chart_data().chart_name("Total_conversations").start(day(1)).end(day(20));
    answer json!({"chartLabel": "Total_conversations", "dataLabels": ["Mon", "Tue"], "dataPoints": [4, 7], "success": true});
    check |chart| assert_eq!(chart.data_points, vec![4.0, 7.0]);
}

shape! {
    fn get_agent_overview;
    GET "/api/v1/livechat/analytics/agent-overview", [("name", "Total_conversations"), ("from", "2026-11-01"), ("to", "2026-11-20")], None;
    call |api| api.get_agent_overview().name("Total_conversations").from("2026-11-01").to("2026-11-20");
    answer json!({"head": [{"name": "Agent"}, {"name": "%_of_conversations"}], "data": [{"name": "agent.smith", "value": "100.00%"}], "success": true});
    check |overview| assert_eq!(overview.data[0].value, Some(json!("100.00%")));
}

shape! {
    fn get_analytics_overview;
    GET "/api/v1/livechat/analytics/overview", [("name", "Conversations"), ("from", "2026-11-01"), ("to", "2026-11-20")], None;
    call |api| api.get_analytics_overview().name("Conversations").from("2026-11-01").to("2026-11-20");
    answer json!([{"title": "Total_conversations", "value": 12}, {"title": "Open_conversations", "value": 3},
        {"title": "Total_messages", "value": 150}, {"title": "Busiest_day", "value": "Monday"}]);
    check |overview| assert!(matches!(overview, types::AnalyticsOverview::OverviewFigures(f) if f.len() == 4));
}

macro_rules! report {
    ($name:ident, $path:expr) => {
        shape! {
            fn $name;
            GET $path, [("start", "2026-11-01T00:00:00Z"), ("end", "2026-11-20T00:00:00Z"), ("sort", r#"{"total":-1}"#)], None;
            call |api| api.$name().start(day(1)).end(day(20)).sort(rocketchat_api::Sort::desc("total"));
            answer json!({"data": [{"label": "widget", "value": 9}, {"label": "email", "value": 3}], "total": 12, "unspecified": 0, "success": true});
            check |report| assert_eq!(report.total, Some(12.0));
        }
    };
}

report!(
    report_conversations_by_agent,
    "/api/v1/livechat/analytics/dashboards/conversations-by-agent"
);
report!(
    report_conversations_by_department,
    "/api/v1/livechat/analytics/dashboards/conversations-by-department"
);
report!(
    report_conversations_by_source,
    "/api/v1/livechat/analytics/dashboards/conversations-by-source"
);
report!(
    report_conversations_by_status,
    "/api/v1/livechat/analytics/dashboards/conversations-by-status"
);
report!(
    report_conversations_by_tags,
    "/api/v1/livechat/analytics/dashboards/conversations-by-tags"
);

macro_rules! department_analytics {
    ($name:ident, $path:expr, $field:ident, $json:expr) => {
        shape! {
            fn $name;
            GET $path, [("start", "2026-11-01T00:00:00Z"), ("end", "2026-11-20T00:00:00Z"), ("departmentId", DEP), ("count", "10")], None;
            call |api| api.$name().start(day(1)).end(day(20)).department_id(DEP).count(10);
            answer paged("departments", json!([{"_id": DEP, "name": "Sales", $json: 4.5}]), 1);
            check |page| assert_eq!(page.departments[0].$field, Some(4.5));
        }
    };
}

department_analytics!(
    analytics_departments_amount_of_chats,
    "/api/v1/livechat/analytics/departments/amount-of-chats",
    rooms,
    "rooms"
);
department_analytics!(
    analytics_departments_average_service_time,
    "/api/v1/livechat/analytics/departments/average-service-time",
    average_service_time_in_seconds,
    "averageServiceTimeInSeconds"
);
department_analytics!(
    analytics_departments_average_chat_duration_time,
    "/api/v1/livechat/analytics/departments/average-chat-duration-time",
    average_chat_duration_time_in_seconds,
    "averageChatDurationTimeInSeconds"
);
department_analytics!(
    analytics_departments_total_service_time,
    "/api/v1/livechat/analytics/departments/total-service-time",
    service_time_duration,
    "serviceTimeDuration"
);
department_analytics!(
    analytics_departments_average_waiting_time,
    "/api/v1/livechat/analytics/departments/average-waiting-time",
    average_waiting_time_in_seconds,
    "averageWaitingTimeInSeconds"
);
department_analytics!(
    analytics_departments_total_transferred_chats,
    "/api/v1/livechat/analytics/departments/total-transferred-chats",
    number_of_transferred_rooms,
    "numberOfTransferredRooms"
);
department_analytics!(
    analytics_departments_total_abandoned_chats,
    "/api/v1/livechat/analytics/departments/total-abandoned-chats",
    abandoned_rooms,
    "abandonedRooms"
);
department_analytics!(
    analytics_departments_percentage_abandoned_chats,
    "/api/v1/livechat/analytics/departments/percentage-abandoned-chats",
    percentage_of_abandoned_chats,
    "percentageOfAbandonedChats"
);

// ------------------------------------------------------------------ departments

shape! {
    fn update_department;
    PUT "/api/v1/livechat/department/9aYDpbx3ZgZFHtaD4", [], Some(json!({
        "department": {"name": "Sales EU", "enabled": true},
        "agents": [{"agentId": USER_ID, "username": "agent.smith", "count": 0, "order": 1}]
    }));
    call |api| api.update_department().id(DEP).body_map(|b| b
        .department(map(json!({"name": "Sales EU", "enabled": true})))
        .agents(vec![types::DepartmentAgentEdit { agent_id: USER_ID.into(), username: Some("agent.smith".into()), count: Some(0), order: Some(1) }]));
    answer json!({"department": department(), "agents": [{"_id": "da1", "agentId": USER_ID, "departmentId": DEP, "username": "agent.smith", "count": 0, "order": 1}], "success": true});
    check |answer| assert_eq!(answer.agents[0].order, Some(1));
}

shape! {
    fn delete_department;
    DELETE "/api/v1/livechat/department/9aYDpbx3ZgZFHtaD4", [], None;
    call |api| api.delete_department().id(DEP);
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn is_department_creation_available;
    GET "/api/v1/livechat/department/isDepartmentCreationAvailable", [], None;
    call |api| api.is_department_creation_available();
    answer json!({"isDepartmentCreationAvailable": false, "success": true});
    check |answer| assert!(!answer.is_department_creation_available);
}

shape! {
    fn list_archived_departments;
    GET "/api/v1/livechat/departments/archived", [("text", "old"), ("onlyMyDepartments", "false")], None;
    call |api| api.list_archived_departments().text("old").only_my_departments(false);
    answer paged("departments", json!([{"_id": "old1", "name": "Old sales", "enabled": false, "archived": true,
        "showOnRegistration": false, "showOnOfflineForm": false, "email": "old@example.com"}]), 1);
    check |page| assert_eq!(page.departments[0].archived, Some(true));
}

shape! {
    fn archive_department;
    POST "/api/v1/livechat/department/9aYDpbx3ZgZFHtaD4/archive", [], None;
    call |api| api.archive_department().id(DEP);
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn unarchive_department;
    POST "/api/v1/livechat/department/9aYDpbx3ZgZFHtaD4/unarchive", [], None;
    call |api| api.unarchive_department().id(DEP);
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn autocomplete_departments;
    GET "/api/v1/livechat/department.autocomplete", [("selector", r#"{"term":"Sa"}"#), ("onlyMyDepartments", "false"), ("showArchived", "false")], None;
    call |api| api.autocomplete_departments().selector(r#"{"term":"Sa"}"#).only_my_departments(false).show_archived(false);
    answer json!({"items": [{"_id": DEP, "name": "Sales"}], "success": true});
    check |answer| assert_eq!(answer.items[0].name.as_deref(), Some("Sales"));
}

shape! {
    fn list_department_agents;
    GET "/api/v1/livechat/department/9aYDpbx3ZgZFHtaD4/agents", [("count", "50")], None;
    call |api| api.list_department_agents().id(DEP).count(50);
    answer paged("agents", json!([{"_id": "da1", "agentId": USER_ID, "departmentId": DEP, "departmentEnabled": true,
        "username": "agent.smith", "count": 2, "order": 0, "name": "Agent Smith"}]), 1);
    check |page| assert_eq!(page.agents[0].agent_id, USER_ID);
}

shape! {
    fn update_department_agents;
    POST "/api/v1/livechat/department/9aYDpbx3ZgZFHtaD4/agents", [], Some(json!({
        "upsert": [{"agentId": USER_ID, "username": "agent.smith"}], "remove": [{"agentId": "Kq7vB3xN9mZ2wLpTc", "username": "agent.jones"}]
    }));
    call |api| api.update_department_agents().id(DEP).body_map(|b| b
        .upsert(vec![types::DepartmentAgentUpsert { agent_id: USER_ID.into(), username: "agent.smith".into(), name: None, count: None, order: None }])
        .remove(vec![types::DepartmentAgentRemoval::builder().agent_id("Kq7vB3xN9mZ2wLpTc").username("agent.jones").try_into().unwrap()]));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn list_departments_by_ids;
    GET "/api/v1/livechat/department.listByIds", [("ids[]", DEP), ("ids[]", "3wLpQz7nB2vXcM8kR")], None;
    call |api| api.list_departments_by_ids().ids(vec![DEP.to_string(), "3wLpQz7nB2vXcM8kR".to_string()]);
    answer json!({"departments": [department()], "success": true});
    check |answer| assert_eq!(answer.departments[0].id, DEP);
}

// ------------------------------------------------------------------ inquiries

shape! {
    fn return_room_as_inquiry;
    POST "/api/v1/livechat/inquiries.returnAsInquiry", [], Some(json!({"roomId": RID, "departmentId": DEP}));
    call |api| api.return_room_as_inquiry().body_map(|b| b.room_id(RID).department_id(DEP.to_string()));
    answer json!({"result": true, "success": true});
    check |answer| assert_eq!(answer.result, Some(true));
}

shape! {
    fn set_inquiry_sla;
    PUT "/api/v1/livechat/inquiry.setSLA", [], Some(json!({"roomId": RID, "sla": "sla1"}));
    call |api| api.set_inquiry_sla().body_map(|b| b.room_id(RID).sla("sla1"));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

// ------------------------------------------------------------------ monitors

fn monitor() -> Value {
    json!({"_id": "mon1", "username": "mary", "name": "Mary", "emails": [{"address": "mary@example.com", "verified": true}],
        "roles": ["user", "livechat-monitor"], "status": "online", "statusConnection": "online"})
}

shape! {
    fn list_monitors;
    GET "/api/v1/livechat/monitors", [("text", "ma")], None;
    call |api| api.list_monitors().text("ma");
    answer paged("monitors", json!([monitor()]), 1);
    check |page| assert_eq!(page.monitors[0].username, "mary");
}

shape! {
    fn get_monitor;
    GET "/api/v1/livechat/monitors/mary", [], None;
    call |api| api.get_monitor().username("mary");
    answer { let mut m = monitor(); m["success"] = json!(true); m };
    check |monitor| assert_eq!(monitor.roles, vec!["user", "livechat-monitor"]);
}

shape! {
    fn create_monitor;
    POST "/api/v1/livechat/monitors.create", [], Some(json!({"username": "mary"}));
    call |api| api.create_monitor().body_map(|b| b.username("mary"));
    answer json!({"_id": "mon1", "username": "mary", "roles": ["user", "livechat-monitor"], "success": true});
    check |monitor| assert_eq!(monitor.id, "mon1");
}

shape! {
    fn delete_monitor;
    POST "/api/v1/livechat/monitors.delete", [], Some(json!({"username": "mary"}));
    call |api| api.delete_monitor().body_map(|b| b.username("mary"));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

// ------------------------------------------------------------------ units

fn unit() -> Value {
    json!({"_id": "unit1", "name": "Europe", "visibility": "public", "type": "u", "numMonitors": 1, "numDepartments": 2,
        "_updatedAt": "2026-11-01T08:00:00.000Z", "ancestors": []})
}

fn unit_body() -> Value {
    json!({"unitData": {"name": "Europe", "visibility": "public"},
        "unitMonitors": [{"monitorId": "mon1", "username": "mary"}], "unitDepartments": [{"departmentId": DEP}]})
}

fn unit_request() -> types::SaveUnitRequest {
    serde_json::from_value(unit_body()).unwrap()
}

shape! {
    fn list_units;
    GET "/api/v1/livechat/units", [("text", "Eu"), ("offset", "0"), ("count", "10")], None;
    call |api| api.list_units().text("Eu").offset(0).count(10);
    answer paged("units", json!([unit()]), 1);
    check |page| assert_eq!(page.units[0].num_departments, Some(2));
}

shape! {
    fn create_unit;
    POST "/api/v1/livechat/units", [], Some(unit_body());
    call |api| api.create_unit().body(unit_request());
    answer { let mut u = unit(); u["success"] = json!(true); u };
    check |unit| assert_eq!(unit.name, "Europe");
}

shape! {
    fn get_unit;
    GET "/api/v1/livechat/units/unit1", [], None;
    call |api| api.get_unit().id("unit1");
    answer { let mut u = unit(); u["success"] = json!(true); u };
    check |unit| assert_eq!(unit.visibility.as_deref(), Some("public"));
}

shape! {
    fn update_unit;
    POST "/api/v1/livechat/units/unit1", [], Some(unit_body());
    call |api| api.update_unit().id("unit1").body(unit_request());
    answer { let mut u = unit(); u["success"] = json!(true); u };
    check |unit| assert_eq!(unit.id, "unit1");
}

shape! {
    fn delete_unit;
    DELETE "/api/v1/livechat/units/unit1", [], None;
    call |api| api.delete_unit().id("unit1");
    answer json!(1);
    check |deleted| assert_eq!(*deleted, 1);
}

shape! {
    fn list_unit_monitors;
    GET "/api/v1/livechat/units/unit1/monitors", [], None;
    call |api| api.list_unit_monitors().unit_id("unit1");
    answer json!({"monitors": [{"_id": "um1", "monitorId": "mon1", "unitId": "unit1", "username": "mary"}], "success": true});
    check |answer| assert_eq!(answer.monitors[0].monitor_id.as_deref(), Some("mon1"));
}

shape! {
    fn list_unit_departments;
    GET "/api/v1/livechat/units/unit1/departments", [("count", "25")], None;
    call |api| api.list_unit_departments().unit_id("unit1").count(25);
    answer paged("departments", json!([department()]), 1);
    check |page| assert_eq!(page.departments[0].name, "Sales");
}

shape! {
    fn list_unit_available_departments;
    GET "/api/v1/livechat/units/unit1/departments/available", [("text", "Sa"), ("onlyMyDepartments", "true")], None;
    call |api| api.list_unit_available_departments().unit_id("unit1").text("Sa").only_my_departments(true);
    answer paged("departments", json!([department()]), 1);
    check |page| assert_eq!(page.total, Some(1));
}

// ------------------------------------------------------------------ tags

fn tag() -> Value {
    json!({"_id": "tag1", "name": "order", "description": "Order questions", "departments": [DEP], "numDepartments": 1,
        "_updatedAt": "2026-11-01T08:00:00.000Z"})
}

shape! {
    fn list_tags;
    GET "/api/v1/livechat/tags", [("text", "ord"), ("viewAll", "true")], None;
    call |api| api.list_tags().text("ord").view_all(true);
    answer paged("tags", json!([tag()]), 1);
    check |page| assert_eq!(page.tags[0].departments, vec![DEP]);
}

shape! {
    fn get_tag;
    GET "/api/v1/livechat/tags/tag1", [], None;
    call |api| api.get_tag().tag_id("tag1");
    answer { let mut t = tag(); t["success"] = json!(true); t };
    check |tag| assert_eq!(tag.name, "order");
}

shape! {
    fn save_tag;
    POST "/api/v1/livechat/tags.save", [], Some(json!({"tagData": {"name": "order", "description": "Order questions"}, "tagDepartments": [DEP]}));
    call |api| api.save_tag().body_map(|b| b
        .tag_data(types::SaveTagRequestTagData { name: Some("order".into()), description: Some("Order questions".into()) })
        .tag_departments(vec![DEP.to_string()]));
    answer { let mut t = tag(); t["success"] = json!(true); t };
    check |tag| assert_eq!(tag.num_departments, Some(1));
}

shape! {
    fn delete_tag;
    POST "/api/v1/livechat/tags.delete", [], Some(json!({"id": "tag1"}));
    call |api| api.delete_tag().body_map(|b| b.id("tag1"));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

// ------------------------------------------------------------------ priorities

fn priority() -> Value {
    json!({"_id": "p1", "i18n": "Highest", "sortItem": 1, "dirty": false, "_updatedAt": "2026-11-01T08:00:00.000Z"})
}

shape! {
    fn list_priorities;
    GET "/api/v1/livechat/priorities", [("text", "High")], None;
    call |api| api.list_priorities().text("High");
    answer paged("priorities", json!([priority()]), 5);
    check |page| assert_eq!(page.priorities[0].sort_item, 1);
}

shape! {
    fn get_priority;
    GET "/api/v1/livechat/priorities/p1", [], None;
    call |api| api.get_priority().priority_id("p1");
    answer { let mut p = priority(); p["success"] = json!(true); p };
    check |priority| assert_eq!(priority.i18n, "Highest");
}

shape! {
    fn update_priority;
    PUT "/api/v1/livechat/priorities/p1", [], Some(json!({"name": "Urgent"}));
    call |api| api.update_priority().priority_id("p1").body_map(|b| b.name("Urgent".to_string()));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn reset_priorities;
    POST "/api/v1/livechat/priorities.reset", [], None;
    call |api| api.reset_priorities();
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn can_reset_priorities;
    GET "/api/v1/livechat/priorities.reset", [], None;
    call |api| api.can_reset_priorities();
    answer json!({"reset": true, "success": true});
    check |answer| assert!(answer.reset);
}

// ------------------------------------------------------------------ SLA

fn sla() -> Value {
    json!({"_id": "sla1", "name": "Gold", "description": "Answer within 5 minutes", "dueTimeInMinutes": 5,
        "_updatedAt": "2026-11-01T08:00:00.000Z"})
}

shape! {
    fn list_sla;
    GET "/api/v1/livechat/sla", [("text", "Go"), ("sort", r#"{"dueTimeInMinutes":1}"#)], None;
    call |api| api.list_sla().text("Go").sort(rocketchat_api::Sort::asc("dueTimeInMinutes"));
    answer paged("sla", json!([sla()]), 1);
    check |page| assert_eq!(page.sla[0].due_time_in_minutes, 5);
}

shape! {
    fn create_sla;
    POST "/api/v1/livechat/sla", [], Some(json!({"name": "Gold", "description": "Answer within 5 minutes", "dueTimeInMinutes": 5}));
    call |api| api.create_sla().body_map(|b| b.name("Gold").description("Answer within 5 minutes".to_string()).due_time_in_minutes(5));
    answer json!({"sla": sla(), "success": true});
    check |answer| assert_eq!(answer.sla.unwrap().id, "sla1");
}

shape! {
    fn get_sla;
    GET "/api/v1/livechat/sla/sla1", [], None;
    call |api| api.get_sla().sla_id("sla1");
    answer { let mut s = sla(); s["success"] = json!(true); s };
    check |sla| assert_eq!(sla.name, "Gold");
}

shape! {
    fn update_sla;
    PUT "/api/v1/livechat/sla/sla1", [], Some(json!({"name": "Gold", "dueTimeInMinutes": 3}));
    call |api| api.update_sla().sla_id("sla1").body_map(|b| b.name("Gold").due_time_in_minutes(3));
    answer json!({"sla": sla(), "success": true});
    check |answer| assert!(answer.sla.is_some());
}

shape! {
    fn delete_sla;
    DELETE "/api/v1/livechat/sla/sla1", [], None;
    call |api| api.delete_sla().sla_id("sla1");
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

// ------------------------------------------------------------------ outbound

shape! {
    fn list_outbound_providers;
    GET "/api/v1/omnichannel/outbound/providers", [("type", "phone")], None;
    call |api| api.list_outbound_providers().type_("phone");
    answer json!({"providers": [{"providerId": "twilio", "providerName": "Twilio", "supportsTemplates": true, "providerType": "phone"}], "success": true});
    check |answer| assert_eq!(answer.providers[0].supports_templates, Some(true));
}

shape! {
    fn get_outbound_provider_metadata;
    GET "/api/v1/omnichannel/outbound/providers/twilio/metadata", [], None;
    call |api| api.get_outbound_provider_metadata().id("twilio");
    answer json!({"metadata": {"providerId": "twilio", "providerName": "Twilio", "templates": {"+4930123456": []}}, "success": true});
    check |answer| assert_eq!(answer.metadata["providerName"], "Twilio");
}

shape! {
    fn send_outbound_message;
    POST "/api/v1/omnichannel/outbound/providers/twilio/message", [], Some(json!({"to": "+4915112345678", "type": "phone", "departmentId": DEP}));
    call |api| api.send_outbound_message().id("twilio").body_map(|b| b.to("+4915112345678").type_("phone").department_id(DEP.to_string()));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

// ------------------------------------------------------------------ canned responses

fn canned() -> Value {
    json!({"_id": "can1", "shortcut": "hi", "text": "Hello! How can I help?", "scope": "global", "tags": ["greeting"],
        "userId": USER_ID, "createdBy": {"_id": USER_ID, "username": "agent.smith"},
        "_createdAt": "2026-11-01T08:00:00.000Z", "_updatedAt": "2026-11-01T08:00:00.000Z"})
}

shape! {
    fn get_all_canned_responses;
    GET "/api/v1/canned-responses.get", [], None;
    call |api| api.get_all_canned_responses();
    answer json!({"responses": [canned()], "success": true});
    check |answer| assert_eq!(answer.responses[0].shortcut, "hi");
}

shape! {
    fn list_canned_responses;
    GET "/api/v1/canned-responses", [("scope", "global"), ("tags[]", "greeting"), ("text", "Hello")], None;
    call |api| api.list_canned_responses().scope("global").tags(vec!["greeting".to_string()]).text("Hello");
    answer paged("cannedResponses", json!([canned()]), 1);
    check |page| assert_eq!(page.canned_responses[0].tags, vec!["greeting"]);
}

shape! {
    fn save_canned_response;
    POST "/api/v1/canned-responses", [], Some(json!({"shortcut": "hi", "text": "Hello! How can I help?", "scope": "global"}));
    call |api| api.save_canned_response().body_map(|b| b.shortcut("hi").text("Hello! How can I help?").scope("global"));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn remove_canned_response;
    DELETE "/api/v1/canned-responses", [], Some(json!({"_id": "can1"}));
    call |api| api.remove_canned_response().body_map(|b| b.id("can1"));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn get_canned_response;
    GET "/api/v1/canned-responses/can1", [], None;
    call |api| api.get_canned_response().id("can1");
    answer json!({"cannedResponse": canned(), "success": true});
    check |answer| assert_eq!(answer.canned_response.unwrap().created_by.unwrap().username.as_deref(), Some("agent.smith"));
}

shape! {
    fn delete_canned_response;
    DELETE "/api/v1/canned-responses/can1", [], None;
    call |api| api.delete_canned_response().id("can1");
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

// ------------------------------------------------------------------ rooms

shape! {
    fn join_room;
    GET "/api/v1/livechat/room.join", [("roomId", RID)], None;
    call |api| api.join_room().room_id(RID);
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn list_room_filters;
    GET "/api/v1/livechat/rooms/filters", [], None;
    call |api| api.list_room_filters();
    answer json!({"filters": [{"_id": "f1", "name": "Open sales chats", "enabled": true}], "success": true});
    check |answer| assert_eq!(answer.filters[0]["name"], "Open sales chats");
}

shape! {
    fn get_transfer_history;
    GET "/api/v1/livechat/transfer.history/Gzbn7tvjeLkbjuHnW", [("count", "10")], None;
    call |api| api.get_transfer_history().rid(RID).count(10);
    answer paged("history", json!([{
        "transferredBy": {"_id": USER_ID, "username": "agent.smith", "name": "Agent Smith", "userType": "agent"},
        "ts": "2026-11-20T10:30:00.000Z", "scope": "agent", "comment": "VIP", "previousDepartment": "9aYDpbx3ZgZFHtaD4",
        "transferredTo": {"_id": "Kq7vB3xN9mZ2wLpTc", "username": "agent.jones", "name": "Agent Jones"}
    }]), 1);
    check |page| assert_eq!(page.history[0].comment.as_deref(), Some("VIP"));
}

shape! {
    fn save_room_info;
    POST "/api/v1/livechat/room.saveInfo", [], Some(json!({
        "guestData": {"_id": "5fQmTfdzD9SEpYsGy", "name": "Ada Lovelace"},
        "roomData": {"_id": RID, "topic": "Order 1009", "tags": ["order"]}
    }));
    call |api| api.save_room_info().body_map(|b| b
        .guest_data(types::SaveRoomInfoRequestGuestData::try_from(
            types::builder::SaveRoomInfoRequestGuestData::default().id("5fQmTfdzD9SEpYsGy").name("Ada Lovelace".to_string())).unwrap())
        .room_data(types::SaveRoomInfoRequestRoomData::try_from(
            types::builder::SaveRoomInfoRequestRoomData::default().id(RID).topic("Order 1009".to_string()).tags(vec!["order".to_string()])).unwrap()));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn submit_room_survey;
    POST "/api/v1/livechat/room.survey", [], Some(json!({"token": VISITOR_TOKEN, "rid": RID,
        "data": [{"name": "satisfaction", "value": "5"}]}));
    call |api| api.submit_room_survey().body_map(|b| b.token(VISITOR_TOKEN).rid(RID)
        .data(vec![types::SurveyRequestDataItem { name: "satisfaction".into(), value: "5".into() }]));
    answer json!({"rid": RID, "data": {"satisfaction": "5"}, "success": true});
    check |answer| assert_eq!(answer.data["satisfaction"], "5");
}

shape! {
    fn delete_room;
    POST "/api/v1/livechat/rooms.delete", [], Some(json!({"roomId": RID}));
    call |api| api.delete_room().body_map(|b| b.room_id(RID));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn remove_all_closed_rooms;
    POST "/api/v1/livechat/rooms.removeAllClosedRooms", [], Some(json!({"departmentIds": [DEP]}));
    call |api| api.remove_all_closed_rooms().body_map(|b| b.department_ids(vec![DEP.to_string()]));
    answer json!({"removedRooms": 12, "success": true});
    check |answer| assert_eq!(answer.removed_rooms, Some(12));
}

shape! {
    fn transfer_visitor_department;
    POST "/api/v1/livechat/visitor/department.transfer", [], Some(json!({"token": VISITOR_TOKEN, "rid": RID, "department": DEP}));
    call |api| api.transfer_visitor_department().body_map(|b| b.token(VISITOR_TOKEN).rid(RID).department(DEP));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn place_room_on_hold;
    POST "/api/v1/livechat/room.onHold", [], Some(json!({"roomId": RID}));
    call |api| api.place_room_on_hold().body_map(|b| b.room_id(RID));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn resume_room_on_hold;
    POST "/api/v1/livechat/room.resumeOnHold", [], Some(json!({"roomId": RID}));
    call |api| api.resume_room_on_hold().body_map(|b| b.room_id(RID));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn set_room_priority;
    POST "/api/v1/livechat/room/Gzbn7tvjeLkbjuHnW/priority", [], Some(json!({"priorityId": "p1"}));
    call |api| api.set_room_priority().rid(RID).body_map(|b| b.priority_id("p1"));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn remove_room_priority;
    DELETE "/api/v1/livechat/room/Gzbn7tvjeLkbjuHnW/priority", [], None;
    call |api| api.remove_room_priority().rid(RID);
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

// ------------------------------------------------------------------ transcripts

shape! {
    fn discard_transcript_request;
    DELETE "/api/v1/livechat/transcript/Gzbn7tvjeLkbjuHnW", [], None;
    call |api| api.discard_transcript_request().rid(RID);
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn request_transcript_for_room;
    POST "/api/v1/livechat/transcript/Gzbn7tvjeLkbjuHnW", [], Some(json!({"email": "ada@example.com", "subject": "Your chat"}));
    call |api| api.request_transcript_for_room().rid(RID).body_map(|b| b.email("ada@example.com").subject("Your chat"));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn request_pdf_transcript;
    POST "/api/v1/omnichannel/Gzbn7tvjeLkbjuHnW/request-transcript", [], None;
    call |api| api.request_pdf_transcript().rid(RID);
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

// ------------------------------------------------------------------ visitors, agent side

fn visitor() -> Value {
    json!({"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12", "name": "Ada Lovelace", "ts": "2026-11-20T10:15:30.123Z",
        "visitorEmails": [{"address": "ada@example.com"}], "phone": null, "status": "online", "lastChat": {"_id": RID, "ts": "2026-11-20T10:16:02.000Z"},
        "livechatData": {}, "_updatedAt": "2026-11-20T10:15:31.002Z"})
}

shape! {
    fn set_visitor_status;
    POST "/api/v1/livechat/visitor.status", [], Some(json!({"token": VISITOR_TOKEN, "status": "away"}));
    call |api| api.set_visitor_status().body_map(|b| b.token(VISITOR_TOKEN).status("away"));
    answer json!({"token": VISITOR_TOKEN, "status": "away", "success": true});
    check |answer| assert_eq!(answer.status, Some(types::UserStatus::Away));
}

shape! {
    fn list_visitor_rooms;
    GET format!("/api/v1/livechat/visitor/{VISITOR_TOKEN}/room"), [], None;
    call |api| api.list_visitor_rooms().token(VISITOR_TOKEN);
    answer json!({"rooms": [{"_id": RID, "name": "guest-12", "t": "l", "cl": false, "u": {"_id": USER_ID, "username": "agent.smith"},
        "usernames": ["agent.smith"], "servedBy": {"_id": USER_ID, "username": "agent.smith", "ts": "2026-11-20T10:17:00.000Z"}}], "success": true});
    check |answer| assert_eq!(answer.rooms[0].u.as_ref().unwrap().username.as_deref(), Some("agent.smith"));
}

shape! {
    fn get_visitor_info;
    GET "/api/v1/livechat/visitors.info", [("visitorId", "5fQmTfdzD9SEpYsGy")], None;
    call |api| api.get_visitor_info().visitor_id("5fQmTfdzD9SEpYsGy");
    answer json!({"visitor": visitor(), "success": true});
    check |answer| assert!(answer.visitor.token.is_none() && answer.visitor.phone.is_none());
}

shape! {
    fn list_pages_visited;
    GET "/api/v1/livechat/visitors.pagesVisited/Gzbn7tvjeLkbjuHnW", [("count", "5")], None;
    call |api| api.list_pages_visited().room_id(RID).count(5);
    answer paged("pages", json!([{"_id": "nav1", "rid": RID, "t": "livechat_navigation_history", "msg": "Cart - https://shop.example.com/cart",
        "ts": "2026-11-20T10:15:00.000Z", "_updatedAt": "2026-11-20T10:15:00.000Z", "u": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12"},
        "navigation": {"page": {"title": "Cart", "change": "url", "location": {"href": "https://shop.example.com/cart"}}, "token": VISITOR_TOKEN}}]), 1);
    check |page| assert_eq!(page.pages[0].t, Some(types::MessageType::LivechatNavigationHistory));
}

shape! {
    fn get_visitor_chat_history;
    GET "/api/v1/livechat/visitors.chatHistory/room/Gzbn7tvjeLkbjuHnW/visitor/5fQmTfdzD9SEpYsGy", [("count", "10")], None;
    call |api| api.get_visitor_chat_history().room_id(RID).visitor_id("5fQmTfdzD9SEpYsGy").count(10);
    answer paged("history", json!([room()]), 1);
    check |page| assert_eq!(page.history[0].served_by.as_ref().unwrap().id, USER_ID);
}

shape! {
    fn search_visitor_chats;
    GET "/api/v1/livechat/visitors.searchChats/room/Gzbn7tvjeLkbjuHnW/visitor/5fQmTfdzD9SEpYsGy",
        [("searchText", "order"), ("closedChatsOnly", "true"), ("servedChatsOnly", "false")], None;
    call |api| api.search_visitor_chats().room_id(RID).visitor_id("5fQmTfdzD9SEpYsGy").search_text("order")
        .closed_chats_only("true").served_chats_only("false");
    answer paged("history", json!([room()]), 1);
    check |page| assert_eq!(page.history[0].id, RID);
}

shape! {
    fn autocomplete_visitors;
    GET "/api/v1/livechat/visitors.autocomplete", [("selector", r#"{"term":"ada"}"#)], None;
    call |api| api.autocomplete_visitors().selector(r#"{"term":"ada"}"#);
    answer json!({"items": [{"_id": "5fQmTfdzD9SEpYsGy", "name": "Ada Lovelace", "username": "guest-12"}], "success": true});
    check |answer| assert_eq!(answer.items[0].username.as_deref(), Some("guest-12"));
}

shape! {
    fn search_visitors;
    GET "/api/v1/livechat/visitors.search", [("term", "ada"), ("count", "10")], None;
    call |api| api.search_visitors().term("ada").count(10);
    answer paged("visitors", json!([visitor()]), 1);
    check |page| assert_eq!(page.visitors[0].name.as_deref(), Some("Ada Lovelace"));
}

// ------------------------------------------------------------------ integrations, appearance

shape! {
    fn test_webhook;
    POST "/api/v1/livechat/webhook.test", [], None;
    call |api| api.test_webhook();
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn save_integrations;
    POST "/api/v1/omnichannel/integrations", [], Some(json!({"LivechatWebhookUrl": "https://crm.example.com/hook", "LivechatWebhookOnClose": true}));
    call |api| api.save_integrations().body_map(|b| b
        .livechat_webhook_url("https://crm.example.com/hook".to_string()).livechat_webhook_on_close(true));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn get_appearance;
    GET "/api/v1/livechat/appearance", [], None;
    call |api| api.get_appearance();
    answer json!({"appearance": [{"_id": "Livechat_title", "value": "Rocket.Chat", "type": "string", "public": true},
        {"_id": "Livechat_title_color", "value": "#C1272D", "type": "color"}], "success": true});
    check |answer| assert_eq!(answer.appearance[1].value, Some(json!("#C1272D")));
}

shape! {
    fn save_appearance;
    POST "/api/v1/livechat/appearance", [], Some(json!([{"_id": "Livechat_title", "value": "Shop support"}]));
    call |api| api.save_appearance().body(types::AppearanceRequest(vec![
        types::AppearanceSetting { id: "Livechat_title".into(), value: json!("Shop support") }]));
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn get_setting;
    GET "/api/v1/settings/Livechat_webhookUrl", [], None;
    call |api| api.get_setting().id("Livechat_webhookUrl");
    answer json!({"_id": "Livechat_webhookUrl", "value": "https://crm.example.com/rocketchat", "success": true});
    check |answer| assert_eq!(answer.value, Some(json!("https://crm.example.com/rocketchat")));
}

shape! {
    fn update_setting;
    POST "/api/v1/settings/Livechat_webhook_on_close", [], Some(json!({"value": true}));
    call |api| api.update_setting().id("Livechat_webhook_on_close").body(types::UpdateSettingRequest { value: json!(true) });
    answer ok();
    check |answer| assert_eq!(answer.success, Some(true));
}

shape! {
    fn get_server_info;
    GET "/api/info", [], None;
    call |api| api.get_server_info();
    answer json!({"version": "7.10", "minimumClientVersions": {"desktop": "3.9.6", "mobile": "4.39.0"}, "success": true});
    check |answer| assert_eq!(answer.version, "7.10");
}

shape! {
    fn list_queued_inquiries;
    GET "/api/v1/livechat/inquiries.queued", [("department", DEP), ("count", 10)], None;
    call |api| api.list_queued_inquiries().department(DEP).count(10);
    answer json!({"inquiries": [{"_id": "Pz8kWq3vMd7bTnLcY", "rid": RID, "name": "Ada", "ts": "2026-11-20T10:16:02.000Z",
        "status": "queued", "department": DEP, "message": "Hello", "t": "l", "_updatedAt": "2026-11-20T10:16:02.000Z",
        "v": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12", "token": VISITOR_TOKEN, "status": "online"}}],
        "count": 1, "offset": 0, "total": 1, "success": true});
    check |answer| assert_eq!(answer.inquiries[0].rid, RID);
}

shape! {
    fn transfer_room;
    POST "/api/v1/livechat/room.transfer", [], Some(json!({"rid": RID, "token": VISITOR_TOKEN, "department": DEP}));
    call |api| api.transfer_room().body_map(|b| b.rid(RID).token(VISITOR_TOKEN).department(DEP));
    answer json!({"room": room(), "success": true});
    check |answer| assert_eq!(answer.room.unwrap().id, RID);
}

shape! {
    fn change_room_visitor;
    PUT "/api/v1/livechat/room.visitor", [], Some(json!({"rid": RID, "oldVisitorId": "5fQmTfdzD9SEpYsGy", "newVisitorId": "Hx9q2LmNp3Rs4Tu5V"}));
    call |api| api.change_room_visitor().body_map(|b| b.rid(RID).old_visitor_id("5fQmTfdzD9SEpYsGy").new_visitor_id("Hx9q2LmNp3Rs4Tu5V"));
    answer json!({"room": room(), "success": true});
    check |answer| assert_eq!(answer.room.id, RID);
}

shape! {
    fn start_webrtc_call;
    GET "/api/v1/livechat/webrtc.call", [("rid", RID)], None;
    call |api| api.start_webrtc_call().rid(RID);
    answer json!({"videoCall": {"rid": RID, "provider": "webrtc", "callStatus": "ringing"}, "success": true});
    check |answer| assert_eq!(answer.video_call.call_status, "ringing");
}

shape! {
    fn update_webrtc_call;
    PUT "/api/v1/livechat/webrtc.call/mSsW7wQ2mYb3rGEP8", [], Some(json!({"rid": RID, "status": "ended"}));
    call |api| api.update_webrtc_call().call_id("mSsW7wQ2mYb3rGEP8").body_map(|b| b.rid(RID).status("ended"));
    answer json!({"status": "ended", "success": true});
    check |answer| assert_eq!(answer.status.as_deref(), Some("ended"));
}

shape! {
    fn set_visitor_call_status;
    POST "/api/v1/livechat/visitor.callStatus", [], Some(json!({"token": VISITOR_TOKEN, "callStatus": "ended", "rid": RID, "callId": "mSsW7wQ2mYb3rGEP8"}));
    call |api| api.set_visitor_call_status().body_map(|b| b.token(VISITOR_TOKEN).call_status("ended").rid(RID).call_id("mSsW7wQ2mYb3rGEP8"));
    answer json!({"token": VISITOR_TOKEN, "callStatus": "ended", "success": true});
    check |answer| assert_eq!(answer.call_status.as_deref(), Some("ended"));
}
