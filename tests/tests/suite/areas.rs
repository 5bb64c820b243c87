//! The area entry points of `rocketchat-livechat`: each sends the request it promises (the
//! visitor token where the endpoint wants it, user headers only on user calls) and hands back
//! the decoded answer.

use chrono::{TimeZone, Utc};
use httpmock::prelude::*;
use rocketchat_livechat::types;
use serde_json::{json, Value};

use crate::common::*;

/// One request expectation: the call must hit it exactly once.
macro_rules! area_case {
    (fn $name:ident; $method:ident $path:expr, $body:expr, $user:expr; answer $answer:expr; run |$client:ident| $run:expr) => {
        #[tokio::test]
        async fn $name() {
            let server = server().await;
            let body: Option<Value> = $body;
            let mock = server
                .mock_async(|when, then| {
                    let when = when.method($method).path($path);
                    let when = if $user {
                        user_call(when)
                    } else {
                        visitor_call(when)
                    };
                    if let Some(body) = &body {
                        when.json_body(body.clone());
                    }
                    then.status(200).json_body($answer);
                })
                .await;
            let $client = client(&server);
            $run;
            mock.assert_async().await;
        }
    };
}

const RID: &str = "Gzbn7tvjeLkbjuHnW";
const USER: bool = true;
const VISITOR: bool = false;

fn ok() -> Value {
    json!({"success": true})
}

area_case! {
    fn visitor_sets_custom_fields;
    POST "/api/v1/livechat/custom.field", Some(json!({"token": VISITOR_TOKEN, "key": "plan", "value": "gold", "overwrite": true})), VISITOR;
    answer json!({"field": {"key": "plan", "value": "gold", "overwrite": true}, "success": true});
    run |client| client.visitor(VISITOR_TOKEN).set_custom_field("plan", "gold", true).await.unwrap()
}

area_case! {
    fn visitor_sets_several_custom_fields;
    POST "/api/v1/livechat/custom.fields", Some(json!({"token": VISITOR_TOKEN, "customFields": [{"key": "plan", "value": "gold", "overwrite": false}]})), VISITOR;
    answer json!({"fields": [{"Key": "plan", "value": "gold", "overwrite": false}], "success": true});
    run |client| client.visitor(VISITOR_TOKEN)
        .set_custom_fields(vec![types::CustomFieldInput { key: "plan".into(), value: "gold".into(), overwrite: false }])
        .await.unwrap()
}

area_case! {
    fn visitor_reports_a_page_view;
    POST "/api/v1/livechat/page.visited", Some(json!({"token": VISITOR_TOKEN, "rid": RID,
        "pageInfo": {"title": "Cart", "change": "url", "location": {"href": "https://shop.example.com/cart"}}})), VISITOR;
    answer json!({"page": {"msg": "Cart"}, "success": true});
    run |client| client.visitor(VISITOR_TOKEN).page_visited(Some(RID), "Cart", "https://shop.example.com/cart").await.unwrap()
}

area_case! {
    fn visitor_answers_the_survey;
    POST "/api/v1/livechat/room.survey", Some(json!({"token": VISITOR_TOKEN, "rid": RID,
        "data": [{"name": "satisfaction", "value": "5"}, {"name": "agentKnowledge", "value": "4"}]})), VISITOR;
    answer json!({"rid": RID, "data": {"satisfaction": "5", "agentKnowledge": "4"}, "success": true});
    run |client| client.visitor(VISITOR_TOKEN).submit_survey(RID, &[("satisfaction", "5"), ("agentKnowledge", "4")]).await.unwrap()
}

area_case! {
    fn visitor_sets_its_status;
    POST "/api/v1/livechat/visitor.status", Some(json!({"token": VISITOR_TOKEN, "status": "away"})), VISITOR;
    answer json!({"token": VISITOR_TOKEN, "status": "away", "success": true});
    run |client| client.visitor(VISITOR_TOKEN).set_status(types::UserStatus::Away).await.unwrap()
}

area_case! {
    fn visitor_moves_to_another_department;
    POST "/api/v1/livechat/visitor/department.transfer", Some(json!({"token": VISITOR_TOKEN, "rid": RID, "department": "Support"})), VISITOR;
    answer ok();
    run |client| client.visitor(VISITOR_TOKEN).transfer_to_department(RID, "Support").await.unwrap()
}

// `normalizeAgent` while the setting `Livechat_show_agent_info` is off.
area_case! {
    fn a_hidden_agent_is_said_to_be_hidden;
    GET format!("/api/v1/livechat/agent.info/{RID}/{VISITOR_TOKEN}"), None, VISITOR;
    answer json!({"agent": {"hiddenInfo": true}, "success": true});
    run |client| assert!(matches!(
        client.visitor(VISITOR_TOKEN).agent(RID).await.unwrap(),
        Some(types::VisitorAgent::HiddenAgentInfo(types::HiddenAgentInfo { hidden_info: true }))
    ))
}

area_case! {
    fn visitor_asks_who_serves_it;
    GET format!("/api/v1/livechat/agent.info/{RID}/{VISITOR_TOKEN}"), None, VISITOR;
    answer json!({"agent": {"_id": USER_ID, "username": "agent.smith", "name": "Agent Smith"}, "success": true});
    run |client| {
        let agent = client.visitor(VISITOR_TOKEN).agent(RID).await.unwrap().unwrap();
        let types::VisitorAgent::AgentInfo(agent) = agent else { panic!("{agent:?}") };
        assert_eq!(agent.username, "agent.smith");
    }
}

area_case! {
    fn visitor_asks_for_the_next_agent;
    GET format!("/api/v1/livechat/agent.next/{VISITOR_TOKEN}"), None, VISITOR;
    answer json!({"success": true});
    run |client| assert!(client.visitor(VISITOR_TOKEN).next_agent(None).await.unwrap().is_none())
}

area_case! {
    fn visitor_edits_a_message;
    PUT "/api/v1/livechat/message/m1", Some(json!({"token": VISITOR_TOKEN, "rid": RID, "msg": "fixed"})), VISITOR;
    answer json!({"message": {"_id": "m1", "rid": RID, "msg": "fixed", "ts": "2026-11-20T10:16:00.000Z", "u": {"_id": "v1", "username": "guest-12"}, "_updatedAt": "2026-11-20T10:18:00.000Z", "editedAt": "2026-11-20T10:18:00.000Z"}, "success": true});
    run |client| assert_eq!(client.visitor(VISITOR_TOKEN).edit_message(RID, "m1", "fixed").await.unwrap().msg, "fixed")
}

area_case! {
    fn visitor_deletes_a_message;
    DELETE "/api/v1/livechat/message/m1", Some(json!({"token": VISITOR_TOKEN, "rid": RID})), VISITOR;
    answer json!({"message": {"_id": "m1", "ts": "2026-11-20T10:18:00.000Z"}, "success": true});
    run |client| client.visitor(VISITOR_TOKEN).delete_message(RID, "m1").await.unwrap()
}

area_case! {
    fn visitor_calls_a_trigger;
    POST "/api/v1/livechat/triggers/trg1/external-service/call", Some(json!({"token": VISITOR_TOKEN})), VISITOR;
    answer json!({"triggerId": "trg1", "response": {"statusCode": 200, "contents": [{"msg": "Hi", "order": 0}]}, "success": true});
    run |client| assert_eq!(client.visitor(VISITOR_TOKEN).call_trigger("trg1").await.unwrap().trigger_id.as_deref(), Some("trg1"))
}

area_case! {
    fn agent_becomes_unavailable;
    POST "/api/v1/livechat/agent.status", Some(json!({"status": "not-available"})), USER;
    answer json!({"status": "not-available", "success": true});
    run |client| client.agents().set_available(false).await.unwrap()
}

area_case! {
    fn agent_departments;
    GET format!("/api/v1/livechat/agents/{USER_ID}/departments"), None, USER;
    answer json!({"departments": [{"agentId": USER_ID, "departmentId": "d1", "departmentEnabled": true}], "success": true});
    run |client| assert_eq!(client.agents().departments_of(USER_ID).await.unwrap().len(), 1)
}

area_case! {
    fn room_transfer_history;
    GET format!("/api/v1/livechat/transfer.history/{RID}"), None, USER;
    answer json!({"history": [{"transferredBy": {"username": "agent.smith"}, "scope": "agent"}], "count": 1, "offset": 0, "total": 1, "success": true});
    run |client| assert_eq!(client.rooms().transfer_history().rid(RID).await.unwrap().total, Some(1))
}

area_case! {
    fn room_join;
    GET "/api/v1/livechat/room.join", None, USER;
    answer ok();
    run |client| client.rooms().join(RID).await.unwrap()
}

area_case! {
    fn room_transcript_by_agent;
    POST format!("/api/v1/livechat/transcript/{RID}"), Some(json!({"email": "ada@example.com", "subject": "Our chat"})), USER;
    answer ok();
    run |client| client.rooms().request_transcript(RID, "ada@example.com", "Our chat").await.unwrap()
}

area_case! {
    fn room_transcript_discarded;
    DELETE format!("/api/v1/livechat/transcript/{RID}"), None, USER;
    answer ok();
    run |client| client.rooms().discard_transcript(RID).await.unwrap()
}

area_case! {
    fn room_on_hold_and_back;
    POST "/api/v1/livechat/room.onHold", Some(json!({"roomId": RID})), USER;
    answer ok();
    run |client| client.rooms().hold(RID).await.unwrap()
}

area_case! {
    fn room_resumed;
    POST "/api/v1/livechat/room.resumeOnHold", Some(json!({"roomId": RID})), USER;
    answer ok();
    run |client| client.rooms().resume(RID).await.unwrap()
}

area_case! {
    fn room_returned_to_queue;
    POST "/api/v1/livechat/inquiries.returnAsInquiry", Some(json!({"roomId": RID})), USER;
    answer json!({"result": true, "success": true});
    run |client| assert!(client.rooms().return_to_queue(RID, None).await.unwrap())
}

area_case! {
    fn department_agents_changed;
    POST "/api/v1/livechat/department/d1/agents", Some(json!({"upsert": [{"agentId": USER_ID, "username": "agent.smith"}], "remove": []})), USER;
    answer ok();
    run |client| client.departments().set_agents("d1", vec![types::DepartmentAgentUpsert { agent_id: USER_ID.into(), username: "agent.smith".into(), name: None, count: None, order: None }], vec![]).await.unwrap()
}

area_case! {
    fn department_agents_listed;
    GET "/api/v1/livechat/department/d1/agents", None, USER;
    answer json!({"agents": [{"_id": "da1", "agentId": USER_ID, "departmentId": "d1", "username": "agent.smith", "count": 0, "order": 0}], "count": 1, "offset": 0, "total": 1, "success": true});
    run |client| assert_eq!(client.departments().agents().id("d1").await.unwrap().agents[0].agent_id, USER_ID)
}

area_case! {
    fn department_archived;
    POST "/api/v1/livechat/department/d1/archive", None, USER;
    answer ok();
    run |client| client.departments().archive("d1").await.unwrap()
}

area_case! {
    fn department_unarchived;
    POST "/api/v1/livechat/department/d1/unarchive", None, USER;
    answer ok();
    run |client| client.departments().unarchive("d1").await.unwrap()
}

area_case! {
    fn department_deleted;
    DELETE "/api/v1/livechat/department/d1", None, USER;
    answer ok();
    run |client| client.departments().delete("d1").await.unwrap()
}

area_case! {
    fn visitors_searched;
    GET "/api/v1/livechat/visitors.search", None, USER;
    answer json!({"visitors": [{"_id": "v1", "username": "guest-1", "name": "Ada"}], "count": 1, "offset": 0, "total": 1, "success": true});
    run |client| assert_eq!(client.visitor_directory().search().term("ada").await.unwrap().visitors[0].id, "v1")
}

area_case! {
    fn visitor_looked_up;
    GET "/api/v1/livechat/visitors.info", None, USER;
    answer json!({"visitor": {"_id": "v1", "username": "guest-1"}, "success": true});
    run |client| assert_eq!(client.visitor_directory().get("v1").await.unwrap().username, "guest-1")
}

area_case! {
    fn visitor_rooms_listed;
    GET format!("/api/v1/livechat/visitor/{VISITOR_TOKEN}/room"), None, USER;
    answer json!({"rooms": [{"_id": RID, "t": "l"}], "success": true});
    run |client| assert_eq!(client.visitor_directory().rooms_of(VISITOR_TOKEN).await.unwrap()[0].id, RID)
}

area_case! {
    fn visitor_chat_history;
    GET format!("/api/v1/livechat/visitors.chatHistory/room/{RID}/visitor/v1"), None, USER;
    answer json!({"history": [{"_id": RID}], "count": 1, "offset": 0, "total": 1, "success": true});
    run |client| assert_eq!(client.visitor_directory().chat_history().room_id(RID).visitor_id("v1").await.unwrap().history.len(), 1)
}

area_case! {
    fn contact_created;
    POST "/api/v1/omnichannel/contacts", Some(json!({"name": "Ada", "emails": ["ada@example.com"], "phones": []})), USER;
    answer json!({"contactId": "c1", "success": true});
    run |client| assert_eq!(client.contacts().create("Ada", vec!["ada@example.com".into()], vec![]).await.unwrap(), "c1")
}

#[tokio::test]
async fn contact_missing_is_none() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            user_call(when.method(GET).path("/api/v1/omnichannel/contacts.get"))
                .query_param("contactId", "nope");
            then.status(404)
                .json_body(json!({"success": false, "error": "Resource not found"}));
        })
        .await;
    assert!(client(&server)
        .contacts()
        .get("nope")
        .await
        .unwrap()
        .is_none());
}

area_case! {
    fn contact_updated;
    POST "/api/v1/omnichannel/contacts.update", Some(json!({"contactId": "c1", "name": "Ada King"})), USER;
    answer json!({"contact": {"_id": "c1", "name": "Ada King"}, "success": true});
    run |client| assert_eq!(client.contacts().update("c1", |c| c.name("Ada King".to_string())).await.unwrap().unwrap().name, "Ada King")
}

area_case! {
    fn contact_deleted;
    POST "/api/v1/omnichannel/contacts.delete", Some(json!({"contactId": "c1"})), USER;
    answer ok();
    run |client| client.contacts().delete("c1").await.unwrap()
}

area_case! {
    fn contacts_searched;
    GET "/api/v1/omnichannel/contacts.search", None, USER;
    answer json!({"contacts": [{"_id": "c1", "name": "Ada Lovelace", "createdAt": "2026-11-20T10:16:02.000Z",
        "channels": [], "contactManager": {"_id": "u1", "name": "Mary", "username": "manager.mary"}}],
        "count": 1, "offset": 0, "total": 1, "success": true});
    run |client| {
        let page = client.contacts().search().search_text("ada").await.unwrap();
        assert_eq!(page.total, Some(1));
        assert_eq!(page.contacts[0].contact_manager.as_ref().unwrap().username.as_deref(), Some("manager.mary"));
    }
}

fn day(d: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, d, 0, 0, 0).unwrap()
}

area_case! {
    fn analytics_chats;
    GET "/api/v1/livechat/analytics/dashboards/charts/chats", None, USER;
    answer json!({"open": 1, "closed": 2, "queued": 0, "onhold": 0, "success": true});
    run |client| assert_eq!(client.analytics().chats(day(1), day(2)).await.unwrap().closed, Some(2))
}

area_case! {
    fn analytics_agents_status;
    GET "/api/v1/livechat/analytics/dashboards/charts/agents-status", None, USER;
    answer json!({"offline": 0, "away": 0, "busy": 1, "available": 2, "success": true});
    run |client| assert_eq!(client.analytics().agents_status().await.unwrap().available, Some(2))
}

area_case! {
    fn analytics_timings;
    GET "/api/v1/livechat/analytics/dashboards/charts/timings", None, USER;
    answer json!({"response": {"avg": 1, "longest": 2}, "success": true});
    run |client| assert!(client.analytics().timings(day(1), day(2)).await.unwrap().response.is_some())
}

area_case! {
    fn analytics_totals;
    GET "/api/v1/livechat/analytics/dashboards/conversation-totalizers", None, USER;
    answer json!({"totalizers": [{"title": "Total_conversations", "value": 3}], "success": true});
    run |client| assert_eq!(client.analytics().conversation_totals(day(1), day(2)).await.unwrap().totalizers.len(), 1)
}

area_case! {
    fn analytics_overview_of_a_name_the_server_does_not_know;
    GET "/api/v1/livechat/analytics/overview", None, USER;
    answer json!({"success": true});
    run |client| assert!(client.analytics().overview("Nope", "2026-11-01", "2026-11-02").await.unwrap().is_none())
}

area_case! {
    fn analytics_overview;
    GET "/api/v1/livechat/analytics/overview", None, USER;
    answer json!([{"title": "Total_conversations", "value": 3}]);
    run |client| assert_eq!(client.analytics().overview("Conversations", "2026-11-01", "2026-11-02").await.unwrap().unwrap().len(), 1)
}

area_case! {
    fn triggers_managed;
    GET "/api/v1/livechat/triggers/t1", None, USER;
    answer json!({"trigger": null, "success": true});
    run |client| assert!(client.triggers().get("t1").await.unwrap().is_none())
}

area_case! {
    fn trigger_deleted;
    DELETE "/api/v1/livechat/triggers/t1", None, USER;
    answer ok();
    run |client| client.triggers().delete("t1").await.unwrap()
}

area_case! {
    fn business_hours_default;
    GET "/api/v1/livechat/business-hour", None, USER;
    answer json!({"businessHour": {"_id": "bh1", "name": "", "type": "default", "active": true}, "success": true});
    run |client| assert_eq!(client.business_hours().default_hours().await.unwrap().unwrap().id, "bh1")
}

area_case! {
    fn business_hours_removed;
    POST "/api/v1/livechat/business-hours.remove", Some(json!({"_id": "bh2", "type": "custom"})), USER;
    answer ok();
    run |client| client.business_hours().remove("bh2", types::BusinessHourType::Custom).await.unwrap()
}

area_case! {
    fn custom_field_deleted;
    POST "/api/v1/livechat/custom-fields.delete", Some(json!({"customFieldId": "plan"})), USER;
    answer ok();
    run |client| client.custom_fields().delete("plan").await.unwrap()
}

area_case! {
    fn custom_fields_listed;
    GET "/api/v1/livechat/custom-fields", None, USER;
    answer json!({"customFields": [{"_id": "plan", "label": "Plan", "scope": "visitor", "visibility": "visible"}], "count": 1, "offset": 0, "total": 1, "success": true});
    run |client| assert_eq!(client.custom_fields().list().await.unwrap().custom_fields[0].id, "plan")
}

area_case! {
    fn tag_saved;
    POST "/api/v1/livechat/tags.save", Some(json!({"tagData": {"name": "order"}})), USER;
    answer json!({"_id": "tag1", "name": "order", "success": true});
    run |client| assert_eq!(client.tags().save("order", None, vec![]).await.unwrap().id, "tag1")
}

area_case! {
    fn tag_deleted;
    POST "/api/v1/livechat/tags.delete", Some(json!({"id": "tag1"})), USER;
    answer ok();
    run |client| client.tags().delete("tag1").await.unwrap()
}

area_case! {
    fn priority_renamed;
    PUT "/api/v1/livechat/priorities/p1", Some(json!({"name": "Urgent"})), USER;
    answer ok();
    run |client| client.priorities().rename("p1", "Urgent").await.unwrap()
}

area_case! {
    fn priorities_reset;
    POST "/api/v1/livechat/priorities.reset", None, USER;
    answer ok();
    run |client| client.priorities().reset().await.unwrap()
}

area_case! {
    fn sla_created;
    POST "/api/v1/livechat/sla", Some(json!({"name": "Gold", "dueTimeInMinutes": 5})), USER;
    answer json!({"sla": {"_id": "sla1", "name": "Gold", "dueTimeInMinutes": 5}, "success": true});
    run |client| assert_eq!(client.sla_policies().create("Gold", None, 5).await.unwrap().unwrap().id, "sla1")
}

area_case! {
    fn sla_deleted;
    DELETE "/api/v1/livechat/sla/sla1", None, USER;
    answer ok();
    run |client| client.sla_policies().delete("sla1").await.unwrap()
}

area_case! {
    fn monitor_added;
    POST "/api/v1/livechat/monitors.create", Some(json!({"username": "mary"})), USER;
    answer json!({"_id": "mon1", "username": "mary", "roles": ["livechat-monitor"], "success": true});
    run |client| assert_eq!(client.monitors().add("mary").await.unwrap().id, "mon1")
}

area_case! {
    fn monitor_removed;
    POST "/api/v1/livechat/monitors.delete", Some(json!({"username": "mary"})), USER;
    answer ok();
    run |client| client.monitors().remove("mary").await.unwrap()
}

area_case! {
    fn unit_deleted;
    DELETE "/api/v1/livechat/units/u1", None, USER;
    answer json!(1);
    run |client| client.units().delete("u1").await.unwrap()
}

area_case! {
    fn canned_responses_all;
    GET "/api/v1/canned-responses.get", None, USER;
    answer json!({"responses": [{"_id": "c1", "shortcut": "hi", "text": "Hello", "scope": "global"}], "success": true});
    run |client| assert_eq!(client.canned_responses().all().await.unwrap()[0].shortcut, "hi")
}

area_case! {
    fn canned_response_created;
    POST "/api/v1/canned-responses", Some(json!({"shortcut": "hi", "text": "Hello", "scope": "global"})), USER;
    answer ok();
    run |client| client.canned_responses().create("hi", "Hello", "global").await.unwrap()
}

area_case! {
    fn canned_response_deleted;
    DELETE "/api/v1/canned-responses/c1", None, USER;
    answer ok();
    run |client| client.canned_responses().delete("c1").await.unwrap()
}

/// The server requires `text` on the tags and monitors lists: the area sends `""` (all)
/// unless the filter sets one.
#[tokio::test]
async fn lists_that_require_text_send_it() {
    let server = server().await;
    let tags = server
        .mock_async(|when, then| {
            user_call(when.method(GET).path("/api/v1/livechat/tags"))
                .is_true(exact_query(&[("text", "")]));
            then.status(200).json_body(
                json!({"tags": [], "count": 0, "offset": 0, "total": 0, "success": true}),
            );
        })
        .await;
    let monitors = server
        .mock_async(|when, then| {
            user_call(when.method(GET).path("/api/v1/livechat/monitors"))
                .is_true(exact_query(&[("text", "mary")]));
            then.status(200).json_body(
                json!({"monitors": [], "count": 0, "offset": 0, "total": 0, "success": true}),
            );
        })
        .await;
    let client = client(&server);
    client.tags().list().await.unwrap();
    client.monitors().list().text("mary").await.unwrap();
    tags.assert_async().await;
    monitors.assert_async().await;
}
