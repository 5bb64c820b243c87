//! The embedded server behaves as Rocket.Chat with its default settings: routing, the
//! no-agent rule, the rate limiter, the agents' own room list, body validation, and output
//! written as the server writes it. Each test fails on the behaviour the testkit had before.

use std::time::Duration;

use rocketchat_livechat::types::{self, builder::VisitorInput};
use rocketchat_livechat::Error;
use rocketchat_testkit::LivechatServer;
use serde_json::{json, Value};

fn named(name: &str) -> VisitorInput {
    VisitorInput::default().name(name.to_owned())
}

/// A client of `server` logged in as `username` (every seeded user's password is `pw`).
async fn logged_in(server: &LivechatServer, username: &str) -> rocketchat_livechat::Client {
    let client = server.client().unwrap();
    client.login(username, "pw").await.unwrap();
    client
}

/// A raw call, for what the typed client does not show: headers and the JSON as written.
async fn raw(
    server: &LivechatServer,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> (u16, reqwest::header::HeaderMap, Value) {
    raw_with(server, method, path, &[], body).await
}

/// [`raw`], sending `headers` too (cookies, credentials).
async fn raw_with(
    server: &LivechatServer,
    method: reqwest::Method,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<Value>,
) -> (u16, reqwest::header::HeaderMap, Value) {
    rocketchat_livechat::api::tls::prepare();
    let http = reqwest::Client::new();
    let mut request = http.request(method, format!("{}/api/v1/{path}", server.url()));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.json().await.unwrap_or(Value::Null);
    (status, headers, body)
}

#[tokio::test]
async fn by_default_a_new_chat_goes_to_an_available_agent_at_once() {
    let server = LivechatServer::start().await.unwrap();
    let agent = server.add_agent("agent.smith", "pw");
    let visitor = server.client().unwrap().visitor("auto-1");
    let room = visitor.start(named("Ada")).await.unwrap();
    assert_eq!(
        room.served_by.as_ref().map(|s| s.id.as_str()),
        Some(agent.id.as_str())
    );
    let client = logged_in(&server, "agent.smith").await;
    assert!(client
        .inquiries()
        .queued()
        .await
        .unwrap()
        .inquiries
        .is_empty());
    // Its inquiry exists, taken.
    let inquiry = client.inquiries().get(&room.id).await.unwrap().unwrap();
    assert_eq!(
        inquiry.status,
        rocketchat_livechat::types::InquiryStatus::Taken
    );
}

#[tokio::test]
async fn auto_selection_gives_each_chat_to_the_agent_with_the_fewest() {
    let server = LivechatServer::start().await.unwrap();
    let a = server.add_agent("agent.a", "pw");
    let b = server.add_agent("agent.b", "pw");
    let visitors = server.client().unwrap();
    let mut served = Vec::new();
    for i in 0..4 {
        let room = visitors
            .visitor(format!("spread-{i}"))
            .start(named("V"))
            .await
            .unwrap();
        served.push(room.served_by.unwrap().id);
    }
    assert_eq!(served, [&a.id, &b.id, &a.id, &b.id].map(String::clone));

    // At `Livechat_maximum_chats_per_agent` open chats an agent is skipped.
    assert!(server.set_setting("Livechat_maximum_chats_per_agent", json!(2)));
    server.set_setting("Livechat_accept_chats_with_no_agents", json!(true));
    let room = visitors
        .visitor("spread-full")
        .start(named("V"))
        .await
        .unwrap();
    assert!(room.served_by.is_none(), "both agents are full: queued");
}

#[tokio::test]
async fn with_manual_selection_a_new_chat_waits_in_the_queue() {
    let server = LivechatServer::start().await.unwrap();
    server.set_setting("Livechat_Routing_Method", json!("Manual_Selection"));
    server.add_agent("agent.smith", "pw");
    let room = server
        .client()
        .unwrap()
        .visitor("manual-1")
        .start(named("Ada"))
        .await
        .unwrap();
    assert!(room.served_by.is_none());
    let agent = logged_in(&server, "agent.smith").await;
    let queue = agent.inquiries().queued().await.unwrap().inquiries;
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].rid, room.id);
}

#[tokio::test]
async fn with_no_agent_online_a_room_request_fails_unless_the_setting_accepts_it() {
    let server = LivechatServer::start().await.unwrap();
    let agent = server.add_agent("agent.smith", "pw");
    server.set_available(&agent.id, false);
    let visitor = server.client().unwrap().visitor("nobody-1");
    visitor.register(named("Ada")).await.unwrap();
    match visitor.room().await {
        Err(Error::Api {
            error_type,
            message,
            status,
            ..
        }) => {
            assert_eq!(status, 400);
            assert_eq!(error_type.as_deref(), Some("no-agent-online"));
            assert!(message.contains("Sorry, no online agents"), "{message}");
        }
        other => panic!("expected no-agent-online, got {other:?}"),
    }
    // A department with nobody online fails the same way, even with other agents online.
    let other = server.add_agent("agent.jones", "pw");
    let sales = server.add_department("Sales", &[&agent.id]);
    let visitor = server.client().unwrap().visitor("nobody-2");
    visitor
        .register(named("Bob").department(Some(sales)))
        .await
        .unwrap();
    assert!(matches!(
        visitor.room().await,
        Err(Error::Api { ref error_type, .. }) if error_type.as_deref() == Some("no-agent-online")
    ));
    server.set_available(&other.id, false);

    // Accepted with nobody online, the chat queues.
    server.set_setting("Livechat_accept_chats_with_no_agents", json!(true));
    let visitor = server.client().unwrap().visitor("nobody-1");
    let (room, new) = visitor.room().await.unwrap();
    assert!(new && room.served_by.is_none());
}

#[tokio::test]
async fn the_rate_limiter_answers_429_with_its_headers_after_the_route_budget() {
    let server = LivechatServer::start().await.unwrap();
    let register = |token: &str| json!({"visitor": {"token": token, "name": "Ada"}});
    // `POST livechat/visitor` has its own rule: 5 calls a minute.
    for i in 0..5 {
        let (status, headers, _) = raw(
            &server,
            reqwest::Method::POST,
            "livechat/visitor",
            Some(register(&format!("limited-{i}"))),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(headers["x-ratelimit-limit"], "5");
        assert_eq!(
            headers["x-ratelimit-remaining"],
            (4 - i).to_string().as_str()
        );
    }
    let before = chrono::Utc::now().timestamp_millis();
    let (status, headers, body) = raw(
        &server,
        reqwest::Method::POST,
        "livechat/visitor",
        Some(register("limited-6")),
    )
    .await;
    assert_eq!(status, 429);
    assert_eq!(headers["x-ratelimit-remaining"], "0");
    let reset: i64 = headers["x-ratelimit-reset"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        reset > before && reset <= before + 60_000 + 1_000,
        "{reset} vs {before}"
    );
    let error = body["error"].as_str().unwrap();
    assert!(
        error.starts_with("Error, too many requests. Please slow down. You must wait ")
            && error
                .ends_with(" seconds before trying this endpoint again. [error-too-many-requests]"),
        "{error}"
    );
    assert_eq!(body["success"], false);
    assert!(body.get("errorType").is_none());

    // The typed client reports it with the reset and the limit.
    let visitor = server.client().unwrap().visitor("limited-7");
    match visitor.register(named("Ada")).await {
        Err(Error::RateLimited { limit, .. }) => assert_eq!(limit, Some(5)),
        other => panic!("expected RateLimited, got {other:?}"),
    }

    // Another route has its own budget (the default, 10 a minute).
    let (status, headers, _) = raw(&server, reqwest::Method::GET, "livechat/config", None).await;
    assert_eq!(status, 200);
    assert_eq!(headers["x-ratelimit-limit"], "10");

    // A minute later the window is new.
    server.advance_rate_limit_clock(Duration::from_secs(61));
    let (status, ..) = raw(
        &server,
        reqwest::Method::POST,
        "livechat/visitor",
        Some(register("limited-8")),
    )
    .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn administrators_bypass_the_limiter_and_it_can_be_switched_off() {
    let server = LivechatServer::start().await.unwrap();
    server.add_admin("admin", "pw");
    server.add_agent("agent.smith", "pw");
    let admin = logged_in(&server, "admin").await;
    let agent = logged_in(&server, "agent.smith").await;
    for _ in 0..15 {
        admin.departments().list().await.unwrap();
    }
    for _ in 0..10 {
        agent.inquiries().queued().await.unwrap();
    }
    assert!(matches!(
        agent.inquiries().queued().await,
        Err(Error::RateLimited { .. })
    ));
    // Switched off, as the server's test mode has it: no budget, no headers.
    server.set_setting("API_Enable_Rate_Limiter", json!(false));
    for _ in 0..20 {
        agent.inquiries().queued().await.unwrap();
    }
    let (status, headers, _) = raw(&server, reqwest::Method::GET, "livechat/config", None).await;
    assert_eq!(status, 200);
    assert!(headers.get("x-ratelimit-limit").is_none());
}

#[tokio::test]
async fn an_agent_lists_its_own_rooms_but_not_anyone_elses() {
    let server = LivechatServer::start().await.unwrap();
    // On a tie the routing picks by username: the room goes to agent.a.
    let smith = server.add_agent("agent.a", "pw");
    let jones = server.add_agent("agent.b", "pw");
    let room = server
        .client()
        .unwrap()
        .visitor("own-1")
        .start(named("Ada"))
        .await
        .unwrap();
    assert_eq!(room.served_by.as_ref().unwrap().id, smith.id);
    let agent = logged_in(&server, "agent.a").await;
    let mine = agent
        .api()
        .list_rooms()
        .agents(vec![smith.id.clone()])
        .await
        .unwrap();
    assert_eq!(mine.rooms.len(), 1);
    assert_eq!(mine.rooms[0].id, room.id);
    for others in [
        vec![jones.id.clone()],
        vec![smith.id.clone(), jones.id.clone()],
        vec![],
    ] {
        match agent.api().list_rooms().agents(others.clone()).await {
            Err(Error::Api { status: 403, .. }) => {}
            other => panic!("{others:?}: expected 403, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn register_visitor_rejects_unknown_top_level_keys() {
    let server = LivechatServer::start().await.unwrap();
    let (status, _, body) = raw(
        &server,
        reqwest::Method::POST,
        "livechat/visitor",
        Some(json!({"visitor": {"token": "keys-1"}, "extra": true})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["success"], false);
    assert_eq!(body["error"], "Match error: Unknown key in field extra");
    // Nothing was stored.
    let (status, ..) = raw(
        &server,
        reqwest::Method::GET,
        "livechat/visitor/keys-1",
        None,
    )
    .await;
    assert_eq!(status, 400);
}

/// Whole numbers without `.0`, dates as ISO strings with milliseconds and `Z`, absent
/// rather than `null` where the server leaves a field out.
#[tokio::test]
async fn answers_are_written_as_the_server_writes_them() {
    let server = LivechatServer::start().await.unwrap();
    server.set_setting("Livechat_Routing_Method", json!("Manual_Selection"));
    server.add_agent("agent.smith", "pw");
    raw(
        &server,
        reqwest::Method::POST,
        "livechat/visitor",
        Some(json!({"visitor": {"token": "form-1", "name": "Ada"}})),
    )
    .await;
    let (status, _, body) = raw(
        &server,
        reqwest::Method::GET,
        "livechat/room?token=form-1",
        None,
    )
    .await;
    assert_eq!(status, 200);
    let text = body.to_string();
    assert!(!text.contains(".0,") && !text.contains(".0}"), "{text}");
    let room = &body["room"];
    assert!(room["msgs"].is_u64(), "{room}");
    assert!(room["usersCount"].is_u64(), "{room}");
    for key in ["ts", "_updatedAt"] {
        let date = room[key].as_str().unwrap();
        assert!(
            date.len() == 24 && date.ends_with('Z') && date.as_bytes()[19] == b'.',
            "{key}: {date}"
        );
    }
    assert!(room.get("servedBy").is_none(), "{room}");
    assert!(!text.contains("null"), "{text}");
}

/// A room is stored as createLivechatRoom writes it: its source says whether the widget
/// (its cookies) or another API client asked for it, and closing it unsets `open`.
#[tokio::test]
async fn a_room_says_where_it_came_from_and_loses_open_when_closed() {
    let server = LivechatServer::start().await.unwrap();
    server.add_agent("agent.smith", "pw");
    let mut sources = Vec::new();
    for (token, cookies) in [
        ("api-1", &[][..]),
        (
            "widget-1",
            &[("cookie", "rc_room_type=l; rc_is_widget=t")][..],
        ),
    ] {
        raw(
            &server,
            reqwest::Method::POST,
            "livechat/visitor",
            Some(json!({"visitor": {"token": token}})),
        )
        .await;
        let path = format!("livechat/room?token={token}");
        let (_, _, body) = raw_with(&server, reqwest::Method::GET, &path, cookies, None).await;
        let room = &body["room"];
        assert_eq!(room["open"], true, "{room}");
        assert_eq!(room["lm"], room["ts"], "{room}");
        assert_eq!(room["queuedAt"], room["ts"], "{room}");
        sources.push(room["source"].clone());
    }
    let host = server.url().trim_start_matches("http://").to_owned();
    assert_eq!(
        sources,
        [
            json!({"type": "api"}),
            json!({"type": "widget", "destination": host})
        ]
    );
    let visitor = server.client().unwrap().visitor("api-1");
    let (room, _) = visitor.room().await.unwrap();
    visitor.close(&room.id).await.unwrap();
    let admin = server.add_admin("admin", "pw");
    let token = server.add_personal_access_token(&admin.id);
    let credentials = [("X-User-Id", admin.id.as_str()), ("X-Auth-Token", &token)];
    let (_, _, listed) = raw_with(
        &server,
        reqwest::Method::GET,
        "livechat/rooms?open=false",
        &credentials,
        None,
    )
    .await;
    let closed = &listed["rooms"][0];
    assert_eq!(closed["_id"], json!(room.id), "{listed}");
    assert!(closed.get("open").is_none(), "{closed}");
    assert!(closed["closedAt"].is_string(), "{closed}");
}

#[tokio::test]
async fn an_agents_availability_is_set_through_the_api_and_routing_follows_it() {
    let server = LivechatServer::start().await.unwrap();
    let smith = server.add_agent("agent.smith", "pw");
    server.add_manager("manager.mary", "pw");
    let agent = logged_in(&server, "agent.smith").await;
    let manager = logged_in(&server, "manager.mary").await;
    agent.agents().set_available(false).await.unwrap();
    manager.agents().set_available(false).await.unwrap();
    let visitor = server.client().unwrap().visitor("status-1");
    visitor.register(named("Ada")).await.unwrap();
    assert!(matches!(
        visitor.room().await,
        Err(Error::Api { ref error_type, .. }) if error_type.as_deref() == Some("no-agent-online")
    ));
    // A manager may set another agent's.
    manager
        .agents()
        .set_available_for(Some(&smith.id), true)
        .await
        .unwrap();
    let (room, _) = visitor.room().await.unwrap();
    assert_eq!(room.served_by.unwrap().id, smith.id);
    // An unknown agent is the server's 404.
    match manager
        .agents()
        .set_available_for(Some("nobody"), true)
        .await
    {
        Err(Error::Api {
            status, message, ..
        }) => {
            assert_eq!((status, message.as_str()), (404, "Agent not found"));
        }
        other => panic!("expected 404, got {other:?}"),
    }
}

#[tokio::test]
async fn a_departments_agents_are_listed_and_changed() {
    use rocketchat_livechat::types::{DepartmentAgentRemoval, DepartmentAgentUpsert};
    let server = LivechatServer::start().await.unwrap();
    let smith = server.add_agent("agent.smith", "pw");
    let jones = server.add_agent("agent.jones", "pw");
    server.add_manager("manager.mary", "pw");
    let sales = server.add_department("Sales", &[&smith.id]);
    let manager = logged_in(&server, "manager.mary").await;
    let listed = manager
        .departments()
        .agents()
        .id(sales.clone())
        .await
        .unwrap();
    assert_eq!(listed.agents.len(), 1);
    assert_eq!(listed.total, Some(1));
    assert_eq!(listed.agents[0].agent_id, smith.id);
    let upsert: DepartmentAgentUpsert =
        serde_json::from_value(json!({"agentId": jones.id, "username": "agent.jones"})).unwrap();
    let remove: DepartmentAgentRemoval =
        serde_json::from_value(json!({"agentId": smith.id, "username": "agent.smith"})).unwrap();
    manager
        .departments()
        .set_agents(&sales, vec![upsert], vec![remove])
        .await
        .unwrap();
    let listed = manager
        .departments()
        .agents()
        .id(sales.clone())
        .await
        .unwrap();
    let ids: Vec<&str> = listed.agents.iter().map(|a| a.agent_id.as_str()).collect();
    assert_eq!(ids, [jones.id.as_str()]);
    // An agent may read them, not change them.
    let agent = logged_in(&server, "agent.smith").await;
    agent
        .departments()
        .agents()
        .id(sales.clone())
        .await
        .unwrap();
    assert!(matches!(
        agent.departments().set_agents(&sales, vec![], vec![]).await,
        Err(Error::Api { status: 403, .. })
    ));
    // An unknown department.
    assert!(matches!(
        manager.departments().set_agents("nope", vec![], vec![]).await,
        Err(Error::Api { ref error_type, .. }) if error_type.as_deref() == Some("error-department-not-found")
    ));
}

/// The visitor's actions behind `VisitorSession`: who serves it, who would, its presence,
/// the survey.
#[tokio::test]
async fn a_visitor_asks_for_its_agent_sets_its_status_and_answers_the_survey() {
    let server = LivechatServer::start().await.unwrap();
    let smith = server.add_agent("agent.smith", "pw");
    let visitor = server.client().unwrap().visitor("actions-1");
    visitor.register(named("Ada")).await.unwrap();
    let next = visitor.next_agent(None).await.unwrap().expect("an agent");
    let types::VisitorAgent::AgentInfo(next) = next else {
        panic!("{next:?}")
    };
    assert_eq!(next.id, smith.id);
    let (room, _) = visitor.room().await.unwrap();
    // With an open room there is no next agent; the room's own is the one serving it.
    assert!(visitor.next_agent(None).await.unwrap().is_none());
    let agent = visitor.agent(&room.id).await.unwrap().expect("served");
    let types::VisitorAgent::AgentInfo(agent) = agent else {
        panic!("{agent:?}")
    };
    assert_eq!(
        (agent.id.as_str(), agent.username.as_str()),
        (smith.id.as_str(), "agent.smith")
    );
    // With the agents hidden (`Livechat_show_agent_info` off), the visitor is told only that.
    server.set_setting("Livechat_show_agent_info", json!(false));
    assert!(matches!(
        visitor.agent(&room.id).await.unwrap(),
        Some(types::VisitorAgent::HiddenAgentInfo(
            types::HiddenAgentInfo { hidden_info: true }
        ))
    ));
    server.set_setting("Livechat_show_agent_info", json!(true));
    visitor
        .set_status(rocketchat_livechat::types::UserStatus::Away)
        .await
        .unwrap();
    visitor
        .submit_survey(
            &room.id,
            &[("satisfaction", "5"), ("additionalFeedback", "quick")],
        )
        .await
        .unwrap();
    // Answers the survey does not have are the server's `invalid-data`.
    assert!(matches!(
        visitor.submit_survey(&room.id, &[("satisfaction", "11"), ("mood", "5")]).await,
        Err(Error::Api { ref error_type, .. }) if error_type.as_deref() == Some("invalid-data")
    ));
    // Manual routing picks nobody ahead of time.
    server.set_setting("Livechat_Routing_Method", json!("Manual_Selection"));
    let other = server.client().unwrap().visitor("actions-2");
    other.register(named("Bob")).await.unwrap();
    assert!(matches!(
        other.next_agent(None).await,
        Err(Error::Api { ref message, .. }) if message == "agent-not-found"
    ));
}

#[tokio::test]
async fn an_agent_joins_a_room_and_returns_one_to_the_queue() {
    let server = LivechatServer::start().await.unwrap();
    let smith = server.add_agent("agent.a", "pw");
    server.add_agent("agent.b", "pw");
    let room = server
        .client()
        .unwrap()
        .visitor("queue-back-1")
        .start(named("Ada"))
        .await
        .unwrap();
    assert_eq!(room.served_by.as_ref().unwrap().id, smith.id);
    let a = logged_in(&server, "agent.a").await;
    let b = logged_in(&server, "agent.b").await;
    b.rooms().join(&room.id).await.unwrap();
    let history = a
        .api()
        .list_room_messages()
        .rid(room.id.clone())
        .await
        .unwrap();
    assert!(
        history.messages.iter().any(|m| m.msg == "agent.b"),
        "a `uj` message"
    );
    assert!(a.rooms().return_to_queue(&room.id, None).await.unwrap());
    let queue = b.inquiries().queued().await.unwrap().inquiries;
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].rid, room.id);
    // Nobody serves it now: returning it again changes nothing.
    assert!(!a.rooms().return_to_queue(&room.id, None).await.unwrap());
}

#[tokio::test]
async fn a_department_is_archived_unarchived_and_deleted() {
    let server = LivechatServer::start().await.unwrap();
    server.add_manager("manager.mary", "pw");
    let sales = server.add_department("Sales", &[]);
    let manager = logged_in(&server, "manager.mary").await;
    let listed = || async {
        manager
            .departments()
            .list()
            .await
            .unwrap()
            .departments
            .len()
    };
    assert_eq!(listed().await, 1);
    manager.departments().archive(&sales).await.unwrap();
    assert_eq!(listed().await, 0, "archived departments are left out");
    manager.departments().unarchive(&sales).await.unwrap();
    assert_eq!(listed().await, 1);
    // With the server's defaults a department stays: removal is a setting, off.
    match manager.departments().delete(&sales).await {
        Err(Error::Api {
            status: 400,
            message,
            ..
        }) => assert_eq!(message, "error-department-removal-disabled"),
        other => panic!("removal is off by default: {other:?}"),
    }
    server.set_setting("Omnichannel_enable_department_removal", json!(true));
    manager.departments().delete(&sales).await.unwrap();
    assert_eq!(listed().await, 0);
    assert!(matches!(
        manager.departments().delete(&sales).await,
        Err(Error::Api { status: 400, .. })
    ));
}

#[tokio::test]
async fn custom_fields_are_defined_by_a_manager_and_set_by_visitors() {
    let server = LivechatServer::start().await.unwrap();
    server.add_manager("manager.mary", "pw");
    let manager = logged_in(&server, "manager.mary").await;
    let visitor = server.client().unwrap().visitor("fields-1");
    visitor.register(named("Ada")).await.unwrap();
    // Not defined yet: the server's bare failure.
    let undefined = visitor.set_custom_field("plan", "gold", true).await;
    assert_eq!(
        undefined.as_ref().err().and_then(Error::status),
        Some(400),
        "{undefined:?}"
    );
    let field = serde_json::from_value(json!({"customFieldData": {
        "field": "plan", "label": "Plan", "scope": "visitor", "visibility": "visible",
        "type": "select", "options": "free,gold"}}))
    .unwrap();
    let saved = manager.custom_fields().save(field).await.unwrap();
    // Created: the record with its `_id`, the field's name.
    assert_eq!(
        (saved.id.as_deref(), saved.label.as_str()),
        (Some("plan"), "Plan")
    );
    // Updated: the record written, without `_id` (createOrUpdateCustomField's $set); what the
    // update leaves out stays stored.
    let relabel = serde_json::from_value(json!({"customFieldId": "plan", "customFieldData": {
        "field": "plan", "label": "Plan (tier)", "scope": "visitor", "visibility": "visible"}}))
    .unwrap();
    let updated = manager.custom_fields().save(relabel).await.unwrap();
    assert_eq!(
        (updated.id.as_deref(), updated.label.as_str()),
        (None, "Plan (tier)")
    );
    assert!(updated.updated_at.is_some());
    let stored = manager.custom_fields().get("plan").await.unwrap().unwrap();
    assert_eq!(
        (stored.label.as_str(), stored.options.as_deref()),
        ("Plan (tier)", Some("free,gold"))
    );
    assert_eq!(
        manager
            .custom_fields()
            .list()
            .await
            .unwrap()
            .custom_fields
            .len(),
        1
    );
    // The same name again is refused.
    let again = serde_json::from_value(json!({"customFieldData": {
        "field": "plan", "label": "Plan", "scope": "visitor", "visibility": "visible"}}))
    .unwrap();
    assert!(matches!(
        manager.custom_fields().save(again).await,
        Err(Error::Api { ref error_type, .. })
            if error_type.as_deref() == Some("error-custom-field-name-already-exists")
    ));
    visitor
        .set_custom_field("plan", "gold", true)
        .await
        .unwrap();
    visitor
        .set_custom_field("plan", "free", false)
        .await
        .unwrap();
    let stored = visitor.get().await.unwrap();
    assert_eq!(stored.livechat_data.get("plan"), Some(&json!("gold")));
    manager.custom_fields().delete("plan").await.unwrap();
    assert!(manager.custom_fields().get("plan").await.unwrap().is_none());
}

#[tokio::test]
async fn triggers_are_saved_listed_and_deleted() {
    let server = LivechatServer::start().await.unwrap();
    server.add_manager("manager.mary", "pw");
    server.add_agent("agent.smith", "pw");
    let manager = logged_in(&server, "manager.mary").await;
    let trigger = serde_json::from_value(json!({
        "name": "Welcome", "description": "Greets visitors", "enabled": true, "runOnce": false,
        "conditions": [{"name": "time-on-site", "value": "10"}],
        "actions": [{"name": "send-message", "params": {"sender": "queue", "msg": "Hi!"}}]}))
    .unwrap();
    manager.triggers().save(trigger).await.unwrap();
    let listed = manager.triggers().list().await.unwrap().triggers;
    assert_eq!(listed.len(), 1);
    let id = listed[0].id.clone();
    assert_eq!(
        manager.triggers().get(&id).await.unwrap().unwrap().name,
        "Welcome"
    );
    // Agents may not read them.
    let agent = logged_in(&server, "agent.smith").await;
    assert!(matches!(
        agent.triggers().list().await,
        Err(Error::Api { status: 403, .. })
    ));
    manager.triggers().delete(&id).await.unwrap();
    assert!(manager.triggers().get(&id).await.unwrap().is_none());
}

#[tokio::test]
async fn the_visitor_directory_finds_visitors_their_rooms_and_history() {
    let server = LivechatServer::start().await.unwrap();
    server.add_manager("manager.mary", "pw");
    let manager = logged_in(&server, "manager.mary").await;
    let visitors = server.client().unwrap();
    let ada = visitors.visitor("dir-ada");
    ada.register(named("Ada Lovelace").email(Some("ada@example.com".to_owned())))
        .await
        .unwrap();
    visitors
        .visitor("dir-bob")
        .register(named("Bob"))
        .await
        .unwrap();
    let (room, _) = ada.room().await.unwrap();

    let found = manager
        .visitor_directory()
        .search()
        .term("lovelace")
        .await
        .unwrap();
    assert_eq!(found.visitors.len(), 1);
    let id = found.visitors[0].id.clone();
    let by_mail = manager
        .visitor_directory()
        .search()
        .term("ADA@EXAMPLE")
        .await
        .unwrap();
    assert_eq!(by_mail.visitors.len(), 1);
    assert_eq!(
        manager
            .visitor_directory()
            .get(&id)
            .await
            .unwrap()
            .name
            .as_deref(),
        Some("Ada Lovelace")
    );
    assert!(matches!(
        manager.visitor_directory().get("nobody").await,
        Err(Error::Api { ref error_type, .. }) if error_type.as_deref() == Some("visitor-not-found")
    ));
    let rooms = manager
        .visitor_directory()
        .rooms_of("dir-ada")
        .await
        .unwrap();
    assert_eq!(rooms.len(), 1);
    assert_eq!(rooms[0].id, room.id);
    let history = manager
        .visitor_directory()
        .chat_history()
        .room_id(room.id.clone())
        .visitor_id(id.clone())
        .await
        .unwrap();
    assert_eq!(history.history.len(), 1);
    assert_eq!(history.history[0].id, room.id);
}

/// Enterprise tags, as a licensed server answers them.
#[tokio::test]
async fn tags_are_saved_listed_read_and_deleted() {
    let server = LivechatServer::start().await.unwrap();
    server.add_manager("manager.mary", "pw");
    server.add_agent("agent.smith", "pw");
    let sales = server.add_department("Sales", &[]);
    let manager = logged_in(&server, "manager.mary").await;
    let order = manager
        .tags()
        .save("order", Some("Order questions"), vec![sales.clone()])
        .await
        .unwrap();
    assert_eq!(order.num_departments, Some(1));
    manager.tags().save("billing", None, vec![]).await.unwrap();
    let agent = logged_in(&server, "agent.smith").await;
    let all = agent.tags().list().await.unwrap();
    assert_eq!(all.tags.len(), 2);
    let named: Vec<String> = agent
        .tags()
        .list()
        .text("ord")
        .await
        .unwrap()
        .tags
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(named, ["order"]);
    assert_eq!(agent.tags().get(&order.id).await.unwrap().name, "order");
    match agent.tags().get("nope").await {
        Err(Error::Api {
            status, message, ..
        }) => assert_eq!((status, message.as_str()), (404, "Tag not found")),
        other => panic!("expected 404, got {other:?}"),
    }
    // Agents read tags; only managers change them.
    assert!(matches!(
        agent.tags().save("x", None, vec![]).await,
        Err(Error::Api { status: 403, .. })
    ));
    manager.tags().delete(&order.id).await.unwrap();
    assert_eq!(agent.tags().list().await.unwrap().tags.len(), 1);
}

#[tokio::test]
async fn contacts_are_created_found_updated_and_deleted() {
    let server = LivechatServer::start().await.unwrap();
    server.add_manager("manager.mary", "pw");
    server.add_agent("agent.smith", "pw");
    let manager = logged_in(&server, "manager.mary").await;
    let agent = logged_in(&server, "agent.smith").await;
    let id = agent
        .contacts()
        .create(
            "Ada Lovelace",
            vec!["ada@example.com".to_owned()],
            vec!["+4915112345678".to_owned()],
        )
        .await
        .unwrap();
    let contact = agent.contacts().get(&id).await.unwrap().expect("created");
    assert_eq!(contact.name, "Ada Lovelace");
    assert!(
        agent.contacts().get("nope").await.unwrap().is_none(),
        "404 is None"
    );
    let found = agent.contacts().search().search_text("4915").await.unwrap();
    assert_eq!(found.contacts.len(), 1);
    let updated = agent
        .contacts()
        .update(&id, |u| u.name(Some("Ada King".to_owned())))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(updated.name, "Ada King");
    assert_eq!(updated.emails.len(), 1, "fields not sent stay as they were");
    assert!(agent
        .contacts()
        .history()
        .contact_id(id.clone())
        .await
        .unwrap()
        .history
        .is_empty());
    // Agents may not delete contacts; managers may.
    assert!(matches!(
        agent.contacts().delete(&id).await,
        Err(Error::Api { status: 403, .. })
    ));
    manager.contacts().delete(&id).await.unwrap();
    assert!(matches!(
        manager.contacts().delete(&id).await,
        Err(Error::Api { ref error_type, .. }) if error_type.as_deref() == Some("error-contact-not-found")
    ));
}

/// `contacts.search` answers the manager looked up (`getContacts`), the stored-contact
/// routes its id.
#[tokio::test]
async fn a_contact_with_a_manager_is_searched_with_the_manager_and_read_with_its_id() {
    let server = LivechatServer::start().await.unwrap();
    let mary = server.add_manager("manager.mary", "pw");
    server.add_agent("agent.smith", "pw");
    let agent = logged_in(&server, "agent.smith").await;
    let id = crate::common::contact_with_manager(&agent, &mary.id).await;
    let found = agent.contacts().search().search_text("ada").await.unwrap();
    let manager = found.contacts[0]
        .contact_manager
        .as_ref()
        .expect("the manager");
    assert_eq!(manager.id, mary.id);
    assert_eq!(manager.username.as_deref(), Some("manager.mary"));
    let stored = agent.contacts().get(&id).await.unwrap().unwrap();
    assert_eq!(stored.contact_manager.as_deref(), Some(mary.id.as_str()));
}

/// Enterprise priorities and SLA policies.
#[tokio::test]
async fn priorities_are_renamed_and_reset_and_sla_policies_kept() {
    let server = LivechatServer::start().await.unwrap();
    server.add_manager("manager.mary", "pw");
    server.add_agent("agent.smith", "pw");
    let manager = logged_in(&server, "manager.mary").await;
    let agent = logged_in(&server, "agent.smith").await;
    let listed = agent.priorities().list().await.unwrap().priorities;
    let defaults: Vec<&str> = listed.iter().map(|p| p.i18n.as_str()).collect();
    assert_eq!(defaults, ["Highest", "High", "Medium", "Low", "Lowest"]);
    manager
        .priorities()
        .rename(&listed[0].id, "Urgent")
        .await
        .unwrap();
    assert!(matches!(
        manager.priorities().rename(&listed[1].id, "urgent").await,
        Err(Error::Api { ref message, .. }) if message == "error-duplicate-priority-name"
    ));
    let renamed = agent
        .priorities()
        .list()
        .text("urg")
        .await
        .unwrap()
        .priorities;
    assert_eq!(renamed.len(), 1);
    assert!(renamed[0].dirty);
    assert!(matches!(
        agent.priorities().rename(&listed[0].id, "x").await,
        Err(Error::Api { status: 403, .. })
    ));
    manager.priorities().reset().await.unwrap();
    assert!(agent
        .priorities()
        .list()
        .await
        .unwrap()
        .priorities
        .iter()
        .all(|p| !p.dirty && p.name.is_none()));

    let gold = manager
        .sla_policies()
        .create("Gold", Some("Answer within 5 minutes"), 5)
        .await
        .unwrap()
        .unwrap();
    assert!(matches!(
        manager.sla_policies().create("Gold", None, 10).await,
        Err(Error::Api { ref error_type, .. }) if error_type.as_deref() == Some("error-duplicated-sla")
    ));
    assert_eq!(agent.sla_policies().list().await.unwrap().sla.len(), 1);
    manager.sla_policies().delete(&gold.id).await.unwrap();
    assert!(agent.sla_policies().list().await.unwrap().sla.is_empty());
}

/// Enterprise on-hold: the serving agent parks a chat the visitor did not write last.
#[tokio::test]
async fn an_agent_places_a_room_on_hold_and_resumes_it() {
    let server = LivechatServer::start().await.unwrap();
    server.add_agent("agent.a", "pw");
    server.add_agent("agent.b", "pw");
    let visitor = server.client().unwrap().visitor("hold-1");
    let room = visitor.start(named("Ada")).await.unwrap();
    let a = logged_in(&server, "agent.a").await;
    let b = logged_in(&server, "agent.b").await;
    visitor.send(&room.id, "Hello?").await.unwrap();
    assert!(matches!(
        a.rooms().hold(&room.id).await,
        Err(Error::Api { ref message, .. })
            if message == "error-contact-sent-last-message-so-cannot-place-on-hold"
    ));
    a.rooms()
        .send(&room.id, "One moment, please.")
        .await
        .unwrap();
    assert!(matches!(
        b.rooms().hold(&room.id).await,
        Err(Error::Api { ref message, .. }) if message == "Not authorized"
    ));
    a.rooms().hold(&room.id).await.unwrap();
    let (now, _) = visitor.room().await.unwrap();
    assert_eq!(now.on_hold, Some(true));
    assert!(matches!(
        a.rooms().hold(&room.id).await,
        Err(Error::Api { ref message, .. }) if message == "error-room-is-already-on-hold"
    ));
    a.rooms().resume(&room.id).await.unwrap();
    let (now, _) = visitor.room().await.unwrap();
    assert_eq!(now.on_hold, None);
}

/// Enterprise canned responses: what each user sees by scope.
#[tokio::test]
async fn canned_responses_are_saved_and_seen_by_scope() {
    let server = LivechatServer::start().await.unwrap();
    server.add_manager("manager.mary", "pw");
    server.add_agent("agent.a", "pw");
    server.add_agent("agent.b", "pw");
    let manager = logged_in(&server, "manager.mary").await;
    let a = logged_in(&server, "agent.a").await;
    let b = logged_in(&server, "agent.b").await;
    manager
        .canned_responses()
        .create("hi", "Hello! How can I help?", "global")
        .await
        .unwrap();
    a.canned_responses()
        .create("mine", "Only for me", "user")
        .await
        .unwrap();
    // An agent may not save a global one, nor reuse a shortcut.
    assert!(matches!(
        a.canned_responses().create("bye", "Bye", "global").await,
        Err(Error::Api { ref error_type, .. }) if error_type.as_deref() == Some("error-not-allowed")
    ));
    assert!(matches!(
        b.canned_responses().create("hi", "Again", "user").await,
        Err(Error::Api { ref error_type, .. }) if error_type.as_deref() == Some("error-invalid-shortcut")
    ));
    let seen = |responses: Vec<rocketchat_livechat::types::CannedResponse>| {
        let mut shortcuts: Vec<String> = responses.into_iter().map(|r| r.shortcut).collect();
        shortcuts.sort();
        shortcuts
    };
    assert_eq!(
        seen(a.canned_responses().all().await.unwrap()),
        ["hi", "mine"]
    );
    assert_eq!(seen(b.canned_responses().all().await.unwrap()), ["hi"]);
    let page = a.canned_responses().list().shortcut("mi").await.unwrap();
    assert_eq!(page.canned_responses.len(), 1);
    let id = page.canned_responses[0].id.clone();
    a.canned_responses().delete(&id).await.unwrap();
    assert_eq!(seen(a.canned_responses().all().await.unwrap()), ["hi"]);
}

#[tokio::test]
async fn business_hours_start_with_the_default_and_keep_custom_ones() {
    let server = LivechatServer::start().await.unwrap();
    server.add_manager("manager.mary", "pw");
    let manager = logged_in(&server, "manager.mary").await;
    let default = manager
        .business_hours()
        .default_hours()
        .await
        .unwrap()
        .expect("the default");
    assert_eq!(
        default.type_,
        rocketchat_livechat::types::BusinessHourType::Default
    );
    assert_eq!(default.work_hours.len(), 7);
    let custom = serde_json::from_value(json!({
        "name": "Support", "timezoneName": "Europe/Berlin", "daysOpen": ["Monday"],
        "workHours": [{"day": "Monday", "start": "08:00", "finish": "18:00", "open": true}],
        "departmentsToApplyBusinessHour": "", "active": true, "type": "custom"}))
    .unwrap();
    manager.business_hours().save(custom).await.unwrap();
    let listed = manager
        .business_hours()
        .list()
        .await
        .unwrap()
        .business_hours;
    assert_eq!(listed.len(), 2);
    let support = listed
        .iter()
        .find(|h| h.name == "Support")
        .unwrap()
        .id
        .clone();
    assert!(matches!(
        manager
            .business_hours()
            .remove(&default.id, rocketchat_livechat::types::BusinessHourType::Default)
            .await,
        Err(Error::Api { ref error_type, .. }) if error_type.as_deref() == Some("error-not-allowed")
    ));
    manager
        .business_hours()
        .remove(
            &support,
            rocketchat_livechat::types::BusinessHourType::Custom,
        )
        .await
        .unwrap();
    assert_eq!(
        manager
            .business_hours()
            .list()
            .await
            .unwrap()
            .business_hours
            .len(),
        1
    );
}

/// Enterprise monitors and units.
#[tokio::test]
async fn monitors_and_units_are_added_listed_and_removed() {
    let server = LivechatServer::start().await.unwrap();
    server.add_manager("manager.mary", "pw");
    server.add_user("mon.ted", "pw");
    let manager = logged_in(&server, "manager.mary").await;
    let ted = manager.monitors().add("mon.ted").await.unwrap();
    assert!(ted.roles.iter().any(|r| r == "livechat-monitor"));
    assert!(matches!(
        manager.monitors().add("nobody").await,
        Err(Error::Api { ref error_type, .. }) if error_type.as_deref() == Some("error-invalid-user")
    ));
    assert_eq!(manager.monitors().list().await.unwrap().monitors.len(), 1);
    manager.monitors().remove("mon.ted").await.unwrap();
    assert!(manager.monitors().list().await.unwrap().monitors.is_empty());

    // Only users with the monitor role are kept as the unit's monitors (saveUnit).
    manager.monitors().add("mon.ted").await.unwrap();
    let unit = serde_json::from_value(json!({
        "unitData": {"name": "Europe", "visibility": "public"},
        "unitMonitors": [{"monitorId": ted.id, "username": "mon.ted"}, {"monitorId": "no-such-user", "username": "ghost"}],
        "unitDepartments": []}))
    .unwrap();
    let europe = manager.units().create(unit).await.unwrap();
    assert_eq!(
        (europe.name.as_str(), europe.num_monitors),
        ("Europe", Some(1))
    );
    assert_eq!(manager.units().list().await.unwrap().units.len(), 1);
    manager.units().delete(&europe.id).await.unwrap();
    assert!(manager.units().list().await.unwrap().units.is_empty());
}

/// An agent asks for the room's transcript by email; the room keeps one request at a time.
#[tokio::test]
async fn an_agent_requests_and_discards_a_rooms_transcript() {
    let server = LivechatServer::start().await.unwrap();
    server.add_agent("agent.smith", "pw");
    let visitor = server.client().unwrap().visitor("transcript-1");
    let room = visitor.start(named("Ada")).await.unwrap();
    let agent = logged_in(&server, "agent.smith").await;
    agent
        .rooms()
        .request_transcript(&room.id, "ada@example.com", "Your chat")
        .await
        .unwrap();
    let (now, _) = visitor.room().await.unwrap();
    let request = now.transcript_request.expect("stored on the room");
    assert_eq!(request.email.as_deref(), Some("ada@example.com"));
    assert!(matches!(
        agent.rooms().request_transcript(&room.id, "ada@example.com", "Again").await,
        Err(Error::Api { ref error_type, .. })
            if error_type.as_deref() == Some("error-transcript-already-requested")
    ));
    agent.rooms().discard_transcript(&room.id).await.unwrap();
    let (now, _) = visitor.room().await.unwrap();
    assert!(now.transcript_request.is_none());
}

/// The pages a visitor visits: kept as hidden navigation messages, listed for agents, out of
/// the room's history.
#[tokio::test]
async fn pages_a_visitor_visits_are_listed_for_agents() {
    let server = LivechatServer::start().await.unwrap();
    server.add_agent("agent.smith", "pw");
    let visitor = server.client().unwrap().visitor("pages-1");
    let room = visitor.start(named("Ada")).await.unwrap();
    visitor
        .page_visited(Some(&room.id), "Cart", "https://shop.example.com/cart")
        .await
        .unwrap();
    let agent = logged_in(&server, "agent.smith").await;
    let pages = agent
        .visitor_directory()
        .pages_visited()
        .room_id(room.id.clone())
        .await
        .unwrap()
        .pages;
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].msg, "Cart - https://shop.example.com/cart");
    let history = visitor.history(&room.id).await.unwrap();
    assert!(
        history.iter().all(|m| !m.msg.contains("shop.example.com")),
        "hidden"
    );
}

#[tokio::test]
async fn transfers_are_kept_in_the_rooms_transfer_history() {
    let server = LivechatServer::start().await.unwrap();
    let a = server.add_agent("agent.a", "pw");
    let b = server.add_agent("agent.b", "pw");
    server.add_manager("boss", "pw");
    let sales = server.add_department("Sales", &[]);
    let visitor = server.client().unwrap().visitor("transfers-1");
    let room = visitor.start(named("Ada")).await.unwrap();
    assert_eq!(room.served_by.as_ref().unwrap().id, a.id);
    let agent = logged_in(&server, "agent.a").await;
    agent
        .rooms()
        .forward_to_agent(&room.id, &b.id, Some("VIP"))
        .await
        .unwrap();
    visitor
        .transfer_to_department(&room.id, &sales)
        .await
        .unwrap();

    let manager = logged_in(&server, "boss").await;
    let page = manager
        .rooms()
        .transfer_history()
        .rid(room.id.clone())
        .await
        .unwrap();
    assert_eq!((page.total, page.history.len()), (Some(2), 2));
    let (first, second) = (&page.history[0], &page.history[1]);
    assert_eq!(first.transferred_by.username, "agent.a");
    assert_eq!(first.transferred_by.user_type.as_deref(), Some("agent"));
    assert_eq!(first.comment.as_deref(), Some("VIP"));
    assert_eq!(
        first.transferred_to.as_ref().and_then(|t| t.id.as_deref()),
        Some(b.id.as_str())
    );
    assert_eq!(second.transferred_by.user_type.as_deref(), Some("visitor"));
    assert_eq!(second.next_department.as_ref().unwrap().id, sales);
    // The visitor's move put the room in Sales' queue.
    let inquiry = manager.inquiries().get(&room.id).await.unwrap().unwrap();
    assert_eq!(
        (inquiry.status, inquiry.department.as_deref()),
        (
            rocketchat_livechat::types::InquiryStatus::Queued,
            Some(sales.as_str())
        )
    );

    // Agents do not have `view-livechat-rooms`; an unknown room is the server's 400.
    let denied = agent.rooms().transfer_history().rid(room.id.clone()).await;
    assert!(
        matches!(denied, Err(Error::Api { status: 403, .. })),
        "{denied:?}"
    );
    match manager.rooms().transfer_history().rid("nope").await {
        Err(Error::Api { error_type, .. }) => {
            assert_eq!(error_type.as_deref(), Some("error-invalid-room"))
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn the_dashboard_counts_chats_agents_and_times_from_what_happened() {
    let server = LivechatServer::start().await.unwrap();
    server.add_agent("agent.smith", "pw");
    let away = server.add_agent("agent.away", "pw");
    server.set_available(&away.id, false);
    server.add_manager("boss", "pw");
    let agent = logged_in(&server, "agent.smith").await;

    let answered = server.client().unwrap().visitor("dash-1");
    let room = answered.start(named("Ada")).await.unwrap();
    answered.send(&room.id, "Hello?").await.unwrap();
    let manager = logged_in(&server, "boss").await;
    let (start, end) = (
        chrono::Utc::now() - chrono::Duration::hours(1),
        chrono::Utc::now() + chrono::Duration::hours(1),
    );
    // Rooms started, none answered yet: no response figure (the server's null).
    let timings = manager.analytics().timings(start, end).await.unwrap();
    assert_eq!(timings.response.unwrap().longest, None);
    agent
        .rooms()
        .send(&room.id, "Hi, how can I help?")
        .await
        .unwrap();
    let closed = server.client().unwrap().visitor("dash-2");
    let other = closed.start(named("Bob")).await.unwrap();
    closed.close(&other.id).await.unwrap();

    let chats = manager.analytics().chats(start, end).await.unwrap();
    assert_eq!(
        (chats.open, chats.closed, chats.queued, chats.onhold),
        (Some(1), Some(1), Some(0), Some(0))
    );
    // agent.smith and the manager (also an agent) take chats; agent.away does not.
    let status = manager.analytics().agents_status().await.unwrap();
    assert_eq!((status.available, status.offline), (Some(2), Some(1)));
    let timings = manager.analytics().timings(start, end).await.unwrap();
    let response = timings.response.unwrap();
    assert!(response.longest.is_some_and(|s| s >= 0.0), "{response:?}");
    assert!(timings.chat_duration.unwrap().longest.is_some());

    let totals = manager
        .analytics()
        .conversation_totals(start, end)
        .await
        .unwrap()
        .totalizers;
    let figure = |title: &str| {
        totals
            .iter()
            .find(|t| t.title.as_deref() == Some(title))
            .and_then(|t| t.value.clone())
    };
    assert_eq!(figure("Total_conversations"), Some(json!(2)));
    assert_eq!(figure("Open_conversations"), Some(json!(1)));
    assert_eq!(figure("Total_messages"), Some(json!(2)));
    assert_eq!(figure("Total_visitors"), Some(json!(2)));

    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let overview = manager
        .analytics()
        .overview("Conversations", &today, &today)
        .await
        .unwrap()
        .unwrap();
    let value = |title: &str| {
        overview
            .iter()
            .find(|f| f.title.as_deref() == Some(title))
            .and_then(|f| f.value.clone())
    };
    assert_eq!(value("Total_conversations"), Some(json!(2)));
    assert_eq!(value("Conversations_per_day"), Some(json!("2.00")));
    assert_eq!(
        value("Busiest_day"),
        Some(json!(chrono::Utc::now().format("%A").to_string()))
    );
    let productivity = manager
        .analytics()
        .overview("Productivity", &today, &today)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(productivity.len(), 3);
    assert!(manager
        .analytics()
        .overview("Nope", &today, &today)
        .await
        .unwrap()
        .is_none());
    // The dashboard is the manager's.
    let denied = agent.analytics().agents_status().await;
    assert!(
        matches!(denied, Err(Error::Api { status: 403, .. })),
        "{denied:?}"
    );
}

#[tokio::test]
async fn a_visitor_uploads_a_file_into_its_room_under_the_upload_settings() {
    let server = LivechatServer::start().await.unwrap();
    server.add_agent("agent.smith", "pw");
    let visitor = server.client().unwrap().visitor("upload-1");
    let room = visitor.start(named("Ada")).await.unwrap();
    let uploaded = visitor
        .upload(&room.id)
        .description("My receipt")
        .file("receipt.png", "image/png", b"\x89PNG....".to_vec())
        .await
        .unwrap();
    let file = uploaded.file.as_ref().unwrap();
    assert_eq!(
        (file.name.as_deref(), file.type_.as_deref()),
        (Some("receipt.png"), Some("image/png"))
    );
    // The agent sees the file message in the room's history.
    let agent = logged_in(&server, "agent.smith").await;
    let history = agent
        .api()
        .list_room_messages()
        .rid(room.id.clone())
        .await
        .unwrap();
    assert!(history.messages.iter().any(|m| m.file.is_some()));

    // SVG is on the server's default black list; another visitor's room is refused.
    let svg = visitor
        .upload(&room.id)
        .file("logo.svg", "image/svg+xml", b"<svg/>".to_vec())
        .await;
    assert!(
        matches!(&svg, Err(Error::Api { status: 400, message, .. }) if message == "error-type-not-allowed"),
        "{svg:?}"
    );
    let stranger = server.client().unwrap().visitor("upload-2");
    stranger.register(named("Eve")).await.unwrap();
    let refused = stranger
        .upload(&room.id)
        .file("a.txt", "text/plain", b"x".to_vec())
        .await;
    assert!(
        matches!(refused, Err(Error::Api { status: 403, .. })),
        "{refused:?}"
    );
    // With uploads switched off, the server says so.
    server.set_setting("FileUpload_Enabled", json!(false));
    let off = visitor
        .upload(&room.id)
        .file("a.txt", "text/plain", b"x".to_vec())
        .await;
    assert!(
        matches!(&off, Err(Error::Api { message, .. }) if message == "error-file-upload-disabled"),
        "{off:?}"
    );
}

#[tokio::test]
async fn a_trigger_calls_its_external_service_with_the_secret_token() {
    let service = httpmock::MockServer::start_async().await;
    let answer = service
        .mock_async(|when, then| {
            when.method(httpmock::Method::POST)
                .path("/crm")
                .header("x-rocketchat-livechat-token", "s3cret");
            then.status(200)
                .json_body(json!({"contents": [{"msg": "Welcome back, Ada", "order": 0}]}));
        })
        .await;
    let server = LivechatServer::start().await.unwrap();
    server.add_manager("manager.mary", "pw");
    let manager = logged_in(&server, "manager.mary").await;
    let trigger = serde_json::from_value(json!({
        "name": "CRM", "description": "Asks the CRM", "enabled": true, "runOnce": false,
        "conditions": [{"name": "chat-opened-by-visitor", "value": ""}],
        "actions": [{"name": "use-external-service", "params": {
            "serviceUrl": service.url("/crm"), "serviceTimeout": 5000,
            "serviceFallbackMessage": "Hello!"}}]}))
    .unwrap();
    manager.triggers().save(trigger).await.unwrap();
    let id = manager.triggers().list().await.unwrap().triggers[0]
        .id
        .clone();
    let visitor = server.client().unwrap().visitor("trigger-1");
    visitor.register(named("Ada")).await.unwrap();

    // The server's default has no secret token, and then it refuses.
    let unset = visitor.call_trigger(&id).await;
    assert!(
        matches!(&unset, Err(Error::Api { message, .. }) if message == "Livechat secret token is not configured"),
        "{unset:?}"
    );
    server.set_setting("Livechat_secret_token", json!("s3cret"));
    let result = visitor.call_trigger(&id).await.unwrap();
    let contents = result.response.unwrap().contents;
    assert_eq!(contents[0].msg.as_deref(), Some("Welcome back, Ada"));
    answer.assert_async().await;
    // A trigger that does not exist.
    match visitor.call_trigger("nope").await {
        Err(Error::Api { message, .. }) => assert_eq!(message, "Invalid trigger"),
        other => panic!("{other:?}"),
    }
}

/// A whole chat (questions and answers, a transfer, an on-hold, a close) leaves the room as
/// the server's message hooks write it, and every call that reads the room back decodes it:
/// the agent's rooms page, the visitor's room, the visitor's chat history and the inquiry.
#[tokio::test]
async fn a_whole_chat_leaves_the_room_as_the_server_writes_it() {
    let server = LivechatServer::start().await.unwrap();
    let a = server.add_agent("agent.a", "pw");
    let b = server.add_agent("agent.b", "pw");
    server.add_manager("boss", "pw");
    let visitor = server.client().unwrap().visitor("whole-chat-1");
    let room = visitor.start(named("Ada")).await.unwrap();
    let rid = room.id.clone();
    // A new room waits for its first answer.
    assert_eq!(room.waiting_response, Some(true));
    assert!(room.metrics.is_none());
    let agent_a = logged_in(&server, "agent.a").await;
    let agent_b = logged_in(&server, "agent.b").await;
    let manager = logged_in(&server, "boss").await;

    visitor.send(&rid, "Hello, my order is late").await.unwrap();
    agent_a
        .rooms()
        .send(&rid, "Sorry! Which order?")
        .await
        .unwrap();
    let (answered, _) = visitor.room().await.unwrap();
    let metrics = answered.metrics.clone().unwrap();
    let response = metrics.response.clone().unwrap();
    assert_eq!(response.total, Some(1.0));
    // The first answer's moment is a date, the same on both sides.
    let first = response.fd.expect("the first answer's date");
    assert_eq!(metrics.reaction.unwrap().fd, Some(first));
    assert_eq!(answered.waiting_response, None);
    let by = answered.response_by.clone().unwrap();
    assert_eq!(by.id.as_deref(), Some(a.id.as_str()));
    assert_eq!(by.first_response_ts, Some(first));
    assert!(answered.v.last_message_ts.is_some());
    assert_eq!(answered.v.activity.len(), 1);

    // The visitor asks again: waiting, no answer recorded; then the transfer and b's answer.
    visitor.send(&rid, "Order 1234").await.unwrap();
    let (waiting, _) = visitor.room().await.unwrap();
    assert_eq!(waiting.waiting_response, Some(true));
    assert!(waiting.response_by.is_none());
    agent_a
        .rooms()
        .forward_to_agent(&rid, &b.id, Some("billing"))
        .await
        .unwrap();
    agent_b
        .rooms()
        .send(&rid, "Found it, it ships today.")
        .await
        .unwrap();
    // The inquiry was taken when the room was routed: takenAt, and no queuedAt.
    let inquiry = manager.inquiries().get(&rid).await.unwrap().unwrap();
    assert!(inquiry.taken_at.is_some() && inquiry.queued_at.is_none());
    agent_b.rooms().hold(&rid).await.unwrap();
    agent_b.rooms().resume(&rid).await.unwrap();
    // The visitor reads its open room; once closed, it is no longer the visitor's to read.
    let (open, _) = visitor.room_with(Some(&rid), None).await.unwrap();
    assert_eq!(open.metrics.unwrap().response.unwrap().total, Some(2.0));
    assert_eq!(open.on_hold, None, "resumed");
    agent_b.rooms().close(&rid, Some("shipped")).await.unwrap();

    // Read back through the calls that answer a closed room.
    let page = manager.rooms().list().await.unwrap();
    let listed = page.rooms.iter().find(|r| r.id == rid).unwrap();
    let history = manager
        .api()
        .get_visitor_chat_history()
        .room_id(rid.clone())
        .visitor_id(room.v.id.clone())
        .await
        .unwrap();
    let from_history = history.history.iter().find(|r| r.id == rid).unwrap();
    // The history's projection has the same fields, each optional.
    let projected = from_history
        .metrics
        .as_ref()
        .and_then(|m| m.response.as_ref());
    assert_eq!(projected.and_then(|r| r.fd), Some(first));
    assert_eq!(from_history.closer, Some(types::RoomCloser::User));
    let stored = listed;
    let metrics = stored.metrics.as_ref().unwrap();
    let response = metrics.response.as_ref().unwrap();
    assert_eq!(response.total, Some(2.0), "two answers: a's and b's");
    assert_eq!(response.fd, Some(first), "the first answer's date stays");
    assert!(metrics.chat_duration.is_some());
    assert!(metrics.served_by.as_ref().and_then(|s| s.lr).is_some());
    assert_eq!(stored.closer, Some(types::RoomCloser::User));
    assert!(stored.closed_at.is_some() && stored.open.is_none());
    assert_eq!(
        stored.served_by.as_ref().map(|s| s.username.as_deref()),
        Some(Some("agent.b"))
    );
    assert_eq!(
        stored
            .response_by
            .as_ref()
            .and_then(|r| r.username.as_deref()),
        Some("agent.b")
    );
}

/// Units and department ancestors (Enterprise): a unit takes a department (its `parentId` and
/// `ancestors`, the rooms already there), a room opened or forwarded there carries the
/// department's ancestors, and removing the unit takes them all back, as createOrUpdateUnit,
/// the onNewRoom and afterForwardChatToDepartment hooks and removeById do.
#[tokio::test]
async fn rooms_carry_the_units_above_their_department() {
    let server = LivechatServer::start().await.unwrap();
    let smith = server.add_agent("agent.smith", "pw");
    let admin = server.add_admin("admin", "pw");
    let token = server.add_personal_access_token(&admin.id);
    let credentials = [("X-User-Id", admin.id.as_str()), ("X-Auth-Token", &token)];
    let sales = server.add_department("Sales", &[&smith.id]);
    let support = server.add_department("Support", &[&smith.id]);
    let call = |method: reqwest::Method, path: &str, body: Option<Value>| {
        let server = &server;
        let credentials = &credentials;
        let path = path.to_owned();
        async move { raw_with(server, method, &path, credentials, body).await }
    };
    let room_of = |rid: String| {
        let call = &call;
        async move {
            let (_, _, page) = call(reqwest::Method::GET, "livechat/rooms", None).await;
            page["rooms"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["_id"] == json!(rid))
                .cloned()
                .unwrap()
        }
    };

    // A room in Sales before any unit has no ancestors.
    let before = server.client().unwrap().visitor("unit-1");
    before
        .register(named("Ada").department(Some(sales.clone())))
        .await
        .unwrap();
    let (early, _) = before.room().await.unwrap();
    assert!(room_of(early.id.clone())
        .await
        .get("departmentAncestors")
        .is_none());

    let (status, _, unit) = call(
        reqwest::Method::POST,
        "livechat/units",
        Some(json!({
            "unitData": {"name": "EMEA", "visibility": "public"},
            "unitMonitors": [],
            "unitDepartments": [{"departmentId": sales}],
        })),
    )
    .await;
    assert_eq!(status, 200, "{unit}");
    let unit_id = unit["_id"].as_str().unwrap().to_owned();
    let (_, _, department) = call(
        reqwest::Method::GET,
        &format!("livechat/department/{sales}"),
        None,
    )
    .await;
    assert_eq!(
        department["department"]["parentId"],
        json!(unit_id),
        "{department}"
    );
    assert_eq!(department["department"]["ancestors"], json!([unit_id]));
    // The rooms already in the department, and a new one.
    assert_eq!(
        room_of(early.id.clone()).await["departmentAncestors"],
        json!([unit_id])
    );
    let after = server.client().unwrap().visitor("unit-2");
    after
        .register(named("Bob").department(Some(sales.clone())))
        .await
        .unwrap();
    let (late, _) = after.room().await.unwrap();
    assert_eq!(late.department_ancestors, [unit_id.as_str()]);
    // Forwarded to a department outside the unit, a room drops them.
    let agent = logged_in(&server, "agent.smith").await;
    let forwarded = agent
        .rooms()
        .forward_to_department(&late.id, &support, None)
        .await;
    assert!(forwarded.is_ok(), "{forwarded:?}");
    assert!(room_of(late.id.clone())
        .await
        .get("departmentAncestors")
        .is_none());

    // Removing the unit takes the rest back.
    let (status, _, _) = call(
        reqwest::Method::DELETE,
        &format!("livechat/units/{unit_id}"),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert!(room_of(early.id.clone())
        .await
        .get("departmentAncestors")
        .is_none());
    let (_, _, department) = call(
        reqwest::Method::GET,
        &format!("livechat/department/{sales}"),
        None,
    )
    .await;
    assert!(
        department["department"].get("parentId").is_none(),
        "{department}"
    );
    assert_eq!(department["department"]["ancestors"], json!([]));
}
