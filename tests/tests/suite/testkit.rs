//! The embedded server behaves like Rocket.Chat: driven through the same client calls a user
//! makes, and through raw HTTP for the error bodies.

use futures::TryStreamExt;
use rocketchat_livechat::types::builder::VisitorInput;
use rocketchat_livechat::{Client, DateRange, Error, Sort};
use rocketchat_testkit::LivechatServer;
use serde_json::{json, Value};

const PASSWORD: &str = "correct horse";

struct World {
    server: LivechatServer,
    agent: Client,
    agent_id: String,
    manager: Client,
    anonymous: Client,
}

async fn world() -> World {
    let server = LivechatServer::start().await.unwrap();
    // Agents take chats from the queue here (the server's default routes them at once).
    server.set_setting("Livechat_Routing_Method", json!("Manual_Selection"));
    let agent_user = server.add_agent("agent.smith", PASSWORD);
    let manager_user = server.add_manager("manager.mary", PASSWORD);
    let agent = server.client().unwrap();
    agent.login("agent.smith", PASSWORD).await.unwrap();
    let manager = server.client().unwrap();
    manager.use_token(
        &manager_user.id,
        server.add_personal_access_token(&manager_user.id),
    );
    let anonymous = server.client().unwrap();
    World {
        server,
        agent,
        agent_id: agent_user.id,
        manager,
        anonymous,
    }
}

fn named(name: &str) -> VisitorInput {
    VisitorInput::default().name(name.to_owned())
}

/// Raw HTTP, to see the exact status and body.
async fn raw(
    method: reqwest::Method,
    url: String,
    headers: &[(&str, &str)],
    body: Option<Value>,
) -> (u16, Value) {
    let mut request = reqwest::Client::new().request(method, url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

#[tokio::test]
async fn a_conversation_from_first_message_to_close() {
    let w = world().await;
    let visitor = w.anonymous.visitor("token-ada");
    let stored = visitor
        .register(
            named("Ada")
                .email("ada@example.com".to_owned())
                .phone("+4915112345678".to_owned()),
        )
        .await
        .unwrap();
    assert_eq!(stored.visitor_emails[0].address, "ada@example.com");
    assert_eq!(stored.phone.unwrap()[0].phone_number, "+4915112345678");

    let (room, new) = visitor.room().await.unwrap();
    assert!(new && room.open == Some(true) && room.served_by.is_none());
    let (again, new) = visitor.room().await.unwrap();
    assert!(!new, "the open room is reused");
    assert_eq!(again.id, room.id);
    visitor.send(&room.id, "Hello").await.unwrap();

    // Queued: visible to the agent and (as a projection) to the manager.
    let queue = w.agent.inquiries().queued().await.unwrap();
    assert_eq!(queue.inquiries.len(), 1);
    let inquiry = &queue.inquiries[0];
    assert_eq!(inquiry.rid, room.id);
    assert_eq!(inquiry.message, "Hello");
    assert_eq!(w.manager.inquiries().list().await.unwrap().total, Some(1));

    w.agent.inquiries().take(&inquiry.id).await.unwrap();
    let second = w.manager.inquiries().take(&inquiry.id).await.unwrap_err();
    assert_eq!(second.error_type(), Some("error-inquiry-taken"), "{second}");
    assert!(w
        .agent
        .inquiries()
        .queued()
        .await
        .unwrap()
        .inquiries
        .is_empty());
    let taken = w.agent.inquiries().get(&room.id).await.unwrap().unwrap();
    assert_eq!(
        taken.status,
        rocketchat_livechat::types::InquiryStatus::Taken
    );

    w.agent
        .rooms()
        .send(&room.id, "How can I help?")
        .await
        .unwrap();
    let history = visitor.history(&room.id).await.unwrap();
    let texts: Vec<&str> = history
        .iter()
        .filter(|m| m.t.is_none())
        .map(|m| m.msg.as_str())
        .collect();
    assert_eq!(texts, ["How can I help?", "Hello"], "newest first");
    assert!(history.windows(2).all(|w| w[0].ts > w[1].ts));

    let served = w.manager.rooms().list().open(true).await.unwrap();
    assert_eq!(served.rooms[0].served_by.as_ref().unwrap().id, w.agent_id);

    w.agent
        .rooms()
        .close(&room.id, Some("solved"))
        .await
        .unwrap();
    let closed = w.agent.rooms().close(&room.id, None).await.unwrap_err();
    assert_eq!(closed.error_type(), Some("error-room-closed"));
    let late = visitor.send(&room.id, "anyone?").await.unwrap_err();
    assert!(
        matches!(&late, Error::Api { status: 400, message, .. } if message == "room-closed"),
        "{late:?}"
    );
    let (next, new) = visitor.room().await.unwrap();
    assert!(new && next.id != room.id, "a closed room is not reopened");
}

#[tokio::test]
async fn rooms_are_filtered_and_paged() {
    let w = world().await;
    // More calls to one route than the rate limiter allows a visitor in a minute.
    w.server
        .set_setting("API_Enable_Rate_Limiter", json!(false));
    let sales = w.server.add_department("Sales", &[&w.agent_id]);
    let mut rids = Vec::new();
    for i in 0..7 {
        let visitor = w.anonymous.visitor(format!("visitor-{i}"));
        let mut profile = named(&format!("Visitor {i}"));
        if i % 2 == 0 {
            profile = profile.department(sales.clone());
        }
        visitor.register(profile).await.unwrap();
        rids.push(visitor.room().await.unwrap().0.id);
    }
    w.agent.inquiries().take_next(None).await.unwrap().unwrap();
    w.manager.rooms().close(&rids[6], None).await.unwrap();

    let rooms = w.manager.rooms();
    let all = rooms.list().await.unwrap();
    assert_eq!((all.total, all.count), (Some(7), Some(7)));
    assert_eq!(rooms.list().open(true).await.unwrap().total, Some(6));
    assert_eq!(rooms.list().open(false).await.unwrap().total, Some(1));
    assert_eq!(
        rooms
            .list()
            .department_id(sales.clone())
            .await
            .unwrap()
            .total,
        Some(4)
    );
    let served = rooms.list().agents(vec![w.agent_id.clone()]).await.unwrap();
    assert_eq!(served.total, Some(1));
    let page = rooms.list().offset(5).count(5).await.unwrap();
    assert_eq!(
        (page.offset, page.count, page.total),
        (Some(5), Some(2), Some(7))
    );
    let oldest_first = rooms.list().sort(Sort::asc("ts")).count(1).await.unwrap();
    assert_eq!(oldest_first.rooms[0].id, rids[0]);
    // A sort the typed `Sort` cannot write, sent raw: the server's refusal.
    let manager_id = w.manager.user_id().unwrap();
    let token = w.server.add_personal_access_token(&manager_id);
    let (status, body) = raw(
        reqwest::Method::GET,
        format!(
            "{}/api/v1/livechat/rooms?sort=%7B%22ts%22%3A%22up%22%7D",
            w.server.url()
        ),
        &[
            ("x-user-id", manager_id.as_str()),
            ("x-auth-token", token.as_str()),
        ],
        None,
    )
    .await;
    assert_eq!(
        (status, body["errorType"].as_str()),
        (400, Some("error-invalid-sort"))
    );
    let future = rooms
        .list()
        .created_at(DateRange::since("2999-01-01T00:00:00Z".parse().unwrap()))
        .await
        .unwrap();
    assert_eq!(future.total, Some(0));
    let streamed: Vec<_> = rooms.list().count(3).stream().try_collect().await.unwrap();
    assert_eq!(streamed.len(), 7);
}

#[tokio::test]
async fn history_pages_with_limit_and_end() {
    let w = world().await;
    // More calls to one route than the rate limiter allows a visitor in a minute.
    w.server
        .set_setting("API_Enable_Rate_Limiter", json!(false));
    let visitor = w.anonymous.visitor("history");
    visitor.register(named("H")).await.unwrap();
    let (room, _) = visitor.room().await.unwrap();
    for i in 0..30 {
        visitor.send(&room.id, &format!("m{i}")).await.unwrap();
    }
    let latest = visitor.history(&room.id).await.unwrap();
    assert_eq!(latest.len(), 20, "the server's default limit");
    assert_eq!(latest[0].msg, "m29");
    let before = visitor
        .history_page(&room.id, Some(5), Some(latest.last().unwrap().ts))
        .await
        .unwrap();
    let texts: Vec<_> = before.iter().map(|m| m.msg.clone()).collect();
    assert_eq!(texts, ["m9", "m8", "m7", "m6", "m5"]);
}

#[tokio::test]
async fn agents_managers_and_departments() {
    let w = world().await;
    let jones = w.server.add_user("agent.jones", PASSWORD);
    let managers = w.manager.managers();
    let agents = w.manager.agents();
    assert!(agents.get(&jones.id).await.unwrap().is_none());
    agents.add("agent.jones").await.unwrap();
    assert_eq!(
        agents.get(&jones.id).await.unwrap().unwrap().username,
        "agent.jones"
    );
    let listed = agents.list().text("jones").await.unwrap();
    assert_eq!(listed.users.len(), 1);
    let all: Vec<_> = agents.list().count(1).stream().try_collect().await.unwrap();
    assert_eq!(all.len(), 3, "smith, mary and jones");
    agents.remove(&jones.id).await.unwrap();
    assert!(agents.get(&jones.id).await.unwrap().is_none());
    let unknown = agents.add("nobody").await.unwrap_err();
    assert_eq!(unknown.error_type(), Some("error-invalid-user"));
    assert_eq!(managers.list().await.unwrap().total, Some(1));

    let department = rocketchat_livechat::types::DepartmentInput::try_from(
        rocketchat_livechat::types::builder::DepartmentInput::default()
            .enabled(true)
            .name("Support".to_owned())
            .email("support@example.com".to_owned())
            .show_on_registration(true)
            .show_on_offline_form(false),
    )
    .unwrap();
    let agent = rocketchat_livechat::types::DepartmentAgentInput {
        agent_id: w.agent_id.clone(),
        count: None,
        order: None,
    };
    let created = w
        .manager
        .departments()
        .create(department, vec![agent])
        .await
        .unwrap();
    let id = created.department.unwrap().id;
    let fetched = w.manager.departments().get(&id).await.unwrap();
    assert_eq!(fetched.agents[0].agent_id, w.agent_id);
    assert_eq!(
        w.manager
            .departments()
            .list()
            .text("supp")
            .await
            .unwrap()
            .total,
        Some(1)
    );
    assert!(w
        .manager
        .departments()
        .get("missing")
        .await
        .unwrap()
        .department
        .is_none());
}

#[tokio::test]
async fn logins_tokens_and_permissions() {
    let w = world().await;
    let wrong = w
        .server
        .client()
        .unwrap()
        .login("agent.smith", "nope")
        .await
        .unwrap_err();
    assert!(
        matches!(
            wrong,
            Error::Unauthorized {
                operation: "login",
                ..
            }
        ),
        "{wrong:?}"
    );
    let forbidden = w.agent.rooms().list().await.unwrap_err();
    assert!(
        matches!(forbidden, Error::Api { status: 403, .. }),
        "{forbidden:?}"
    );
    let forbidden = w.agent.managers().list().await.unwrap_err();
    assert_eq!(forbidden.status(), Some(403));
    let anonymous = w.anonymous.me().await.unwrap_err();
    assert!(matches!(anonymous, Error::Unauthorized { .. }));

    assert_eq!(w.agent.me().await.unwrap().id, w.agent_id);
    w.agent.logout().await.unwrap();
    assert!(matches!(
        w.agent.me().await.unwrap_err(),
        Error::Unauthorized { .. }
    ));

    let manager_id = w.manager.user_id().unwrap();
    w.server.revoke_tokens(&manager_id);
    assert!(matches!(
        w.manager.me().await.unwrap_err(),
        Error::Unauthorized { .. }
    ));
}

#[tokio::test]
async fn error_bodies_are_the_servers() {
    let w = world().await;
    let url = |path: &str| format!("{}/api/v1/{path}", w.server.url());
    use reqwest::Method;

    let (status, body) = raw(Method::GET, url("livechat/rooms"), &[], None).await;
    assert_eq!(status, 401);
    assert_eq!(
        body,
        json!({"success": false, "status": "error", "message": "You must be logged in to do this.", "error": "You must be logged in to do this."})
    );
    let (status, body) = raw(
        Method::GET,
        url("livechat/rooms"),
        &[("x-user-id", "someone"), ("x-auth-token", "forged")],
        None,
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("You must be logged in to do this."))
    );

    let (status, body) = raw(
        Method::POST,
        url("livechat/visitor"),
        &[],
        Some(json!({"visitor": {"token": ""}})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        json!({"success": false, "error": "Token cannot be empty [error-invalid-token]", "errorType": "error-invalid-token"})
    );

    let (status, body) = raw(Method::GET, url("livechat/visitor/unknown"), &[], None).await;
    assert_eq!(
        (status, body["errorType"].as_str()),
        (400, Some("invalid-token"))
    );

    let (status, body) = raw(Method::GET, url("livechat/room?token=unknown"), &[], None).await;
    assert_eq!(
        (status, body),
        (400, json!({"success": false, "error": "invalid-token"}))
    );

    w.anonymous
        .visitor("known")
        .register(named("K"))
        .await
        .unwrap();
    let (status, body) = raw(
        Method::GET,
        url("livechat/room?token=known&rid=nope"),
        &[],
        None,
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid-room"))
    );
    let (status, body) = raw(
        Method::GET,
        url("livechat/room?token=known&colour=red"),
        &[],
        None,
    )
    .await;
    assert_eq!(status, 400);
    assert!(body["error"].as_str().unwrap().starts_with("Match error"));

    let (status, body) = raw(
        Method::POST,
        url("livechat/message"),
        &[],
        Some(json!({"token": "known", "rid": "nope", "msg": "hi", "file": {}})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["errorType"], "invalid-params");
    assert!(body["error"]
        .as_str()
        .unwrap()
        .contains("must NOT have additional properties"));
    let (status, body) = raw(
        Method::POST,
        url("livechat/message"),
        &[],
        Some(json!({"token": "known", "rid": "nope"})),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (
            400,
            Some("must have required property 'msg' [invalid-params]")
        )
    );
    let (status, body) = raw(
        Method::POST,
        url("livechat/message"),
        &[],
        Some(json!({"token": "known", "rid": "nope", "msg": "hi"})),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid-room"))
    );

    let token = w.server.add_personal_access_token(&w.agent_id);
    let auth = [
        ("x-user-id", w.agent_id.as_str()),
        ("x-auth-token", token.as_str()),
    ];
    let (status, body) = raw(Method::GET, url("livechat/users/manager"), &auth, None).await;
    assert_eq!(status, 403);
    assert_eq!(
        body["error"],
        "User does not have the permissions required for this action [error-unauthorized]"
    );
    let (status, body) = raw(Method::GET, url("livechat/users/user"), &auth, None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("Invalid type"))
    );
    let (status, body) = raw(
        Method::POST,
        url("livechat/inquiries.take"),
        &auth,
        Some(json!({"inquiryId": "none"})),
    )
    .await;
    assert_eq!(
        (status, body["errorType"].as_str()),
        (400, Some("error-not-found"))
    );
    let (status, _) = raw(Method::GET, url("no/such/route"), &[], None).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn forwarding_config_transcript_and_offline_messages() {
    let w = world().await;
    let jones = w.server.add_agent("agent.jones", PASSWORD);
    let support = w.server.add_department("Support", &[&jones.id]);
    let visitor = w.anonymous.visitor("fwd");
    visitor.register(named("F")).await.unwrap();
    let (room, _) = visitor.room().await.unwrap();
    w.agent.inquiries().take_next(None).await.unwrap().unwrap();

    let config = visitor.config().await.unwrap();
    assert_eq!(config.room.unwrap().id, room.id);
    assert_eq!(config.agent["username"], "agent.smith");
    assert!(w.anonymous.config().await.unwrap().guest.is_none());

    w.agent
        .rooms()
        .forward_to_agent(&room.id, &jones.id, None)
        .await
        .unwrap();
    let (now, _) = visitor.room().await.unwrap();
    assert_eq!(now.served_by.unwrap().id, jones.id);
    w.agent
        .rooms()
        .forward_to_department(&room.id, &support, None)
        .await
        .unwrap();
    let queued = w
        .manager
        .inquiries()
        .list()
        .department(support.clone())
        .await
        .unwrap();
    assert_eq!(queued.total, Some(1));

    let note = visitor
        .request_transcript(&room.id, "f@example.com")
        .await
        .unwrap();
    assert!(note.is_some());
    let note = w
        .anonymous
        .send_offline_message("F", "f@example.com", "call me", None)
        .await
        .unwrap();
    assert!(note.is_some());
    let refused = visitor.delete().await.unwrap_err();
    assert_eq!(refused.error_type(), Some("visitor-has-open-rooms"));
    visitor.close(&room.id).await.unwrap();
    visitor.delete().await.unwrap();
    assert_eq!(
        visitor.get().await.unwrap_err().error_type(),
        Some("invalid-token")
    );
}

#[tokio::test]
async fn many_servers_in_one_process_are_independent() {
    let a = LivechatServer::start().await.unwrap();
    let b = LivechatServer::start().await.unwrap();
    assert_ne!(a.url(), b.url());
    a.client()
        .unwrap()
        .visitor("only-on-a")
        .register(named("A"))
        .await
        .unwrap();
    let missing = b
        .client()
        .unwrap()
        .visitor("only-on-a")
        .get()
        .await
        .unwrap_err();
    assert_eq!(missing.error_type(), Some("invalid-token"));
}

/// Dates go out as the server writes them, with milliseconds and `Z` (a whole second keeps its
/// `.000`, so that stamps sort as text), and whole numbers without `.0`.
#[tokio::test]
async fn answers_read_as_the_server_writes_them() {
    let w = world().await;
    let visitor = w.anonymous.visitor("format-check");
    visitor.register(named("Ada")).await.unwrap();
    let (status, body) = raw(
        reqwest::Method::GET,
        format!("{}/api/v1/livechat/room?token=format-check", w.server.url()),
        &[],
        None,
    )
    .await;
    assert_eq!(status, 200);
    let room = &body["room"];
    for field in ["ts", "_updatedAt"] {
        let stamp = room[field].as_str().unwrap();
        let millis = stamp
            .strip_suffix('Z')
            .and_then(|s| s.rsplit_once('.'))
            .map(|(_, ms)| ms.len());
        assert_eq!(millis, Some(3), "{field}: {stamp}");
    }
    assert_eq!(room["estimatedWaitingTimeQueue"], json!(9999999));
    assert!(room["estimatedWaitingTimeQueue"].is_u64(), "{room}");
}

/// An operation of the spec the embedded server does not serve answers a distinct 501 that
/// names it; a path outside the spec is still the server's 404.
#[tokio::test]
async fn an_operation_not_served_says_so() {
    let world = world().await;
    let error = world
        .manager
        .api()
        .analytics_agents_available_for_service_history()
        .start(chrono::Utc::now())
        .end(chrono::Utc::now())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(501), "{error:?}");
    assert_eq!(error.error_type(), Some(rocketchat_testkit::NOT_SERVED));
    let text = error.to_string();
    assert!(
        text.contains("analytics_agents_available_for_service_history"),
        "{text}"
    );
    // The reason comes with it.
    assert!(text.contains("LivechatAgentActivity"), "{text}");
    let (status, body) = raw(
        reqwest::Method::GET,
        format!("{}/api/v1/livechat/no-such-route", world.server.url()),
        &[],
        None,
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(body["error"], "API endpoint not found");
}

/// The README's list of what the embedded server serves, as the routing table has it.
fn served_list() -> String {
    let mut list = String::from("| operation | request |\n| --- | --- |\n");
    for operation in rocketchat_testkit::served_operations() {
        let path = operation.path.trim_start_matches("/api/v1/");
        list.push_str(&format!(
            "| `{}` | `{} {path}` |\n",
            operation.id, operation.method
        ));
    }
    list
}

/// The README's list of what the embedded server does not serve, with the reasons.
fn unserved_list() -> String {
    let mut list = String::from("| operation | request | why not |\n| --- | --- | --- |\n");
    for (operation, reason) in rocketchat_testkit::unserved_operations() {
        let path = operation.path.trim_start_matches("/api/v1/");
        list.push_str(&format!(
            "| `{}` | `{} {path}` | {reason} |\n",
            operation.id, operation.method
        ));
    }
    list
}

#[test]
fn the_readme_lists_what_the_testkit_does_not_serve_and_why() {
    let listed = crate::common::readme_block("not-served-by-testkit");
    let expected = unserved_list();
    assert_eq!(
        listed, expected,
        "README's not-served-by-testkit block is out of date; it should read:\n{expected}"
    );
    // Every operation left out says why.
    for (operation, reason) in rocketchat_testkit::unserved_operations() {
        assert_ne!(
            reason, "no handler plays it yet",
            "{} has no reason",
            operation.id
        );
    }
}

#[test]
fn the_readme_lists_what_the_testkit_serves() {
    let listed = crate::common::readme_block("served-by-testkit");
    let expected = served_list();
    assert_eq!(
        listed, expected,
        "README's served-by-testkit block is out of date; it should read:\n{expected}"
    );
}

/// The operations the crate's handles call (areas, the visitor session, the login), read from
/// their sources: each one is in the spec and served by the embedded server.
#[test]
fn every_operation_behind_an_area_handle_is_served() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../rocketchat-livechat/src");
    let mut called = std::collections::BTreeSet::new();
    for dir in ["areas", "visitor", "session"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            // `.api()` then, across whitespace, `.<operation>()`.
            for (_, rest) in source
                .match_indices(".api()")
                .map(|(i, _)| source.split_at(i + 6))
            {
                let rest = rest.trim_start();
                if let Some(call) = rest.strip_prefix('.') {
                    let name: String = call
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if call[name.len()..].starts_with("()") {
                        called.insert(name);
                    }
                }
            }
        }
    }
    let in_spec: std::collections::BTreeSet<&str> = rocketchat_livechat::OPERATIONS
        .iter()
        .map(|op| op.id)
        .collect();
    let served: std::collections::BTreeSet<&str> = rocketchat_testkit::served_operations()
        .map(|op| op.id)
        .collect();
    let called: Vec<&str> = called
        .iter()
        .map(String::as_str)
        .filter(|name| in_spec.contains(name))
        .collect();
    assert!(called.len() > 90, "{called:?}");
    let missing: Vec<&&str> = called.iter().filter(|op| !served.contains(*op)).collect();
    assert!(missing.is_empty(), "not served: {missing:?}");
}

/// Every operation of the spec is answered: by its handler when the routing table has one,
/// else with the distinct 501 naming it; a request resolves to its own operation, never to
/// another one's handler.
#[tokio::test]
async fn every_operation_is_served_or_says_it_is_not() {
    let server = LivechatServer::start().await.unwrap();
    let served: Vec<&str> = rocketchat_testkit::served_operations()
        .map(|op| op.id)
        .collect();
    assert!(served.len() >= 37, "{served:?}");
    let http = reqwest::Client::new();
    for operation in rocketchat_livechat::OPERATIONS {
        let mut path = String::new();
        for segment in operation.path.split('/').filter(|s| !s.is_empty()) {
            path.push('/');
            path.push_str(if segment.starts_with('{') {
                "x"
            } else {
                segment
            });
        }
        let method = reqwest::Method::from_bytes(operation.method.as_bytes()).unwrap();
        let answer = http
            .request(method, format!("{}{path}", server.url()))
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        let status = answer.status().as_u16();
        let body: Value = answer.json().await.unwrap();
        // What the server's version does not have answers its 404.
        if operation.versions.availability(server.server_version())
            == rocketchat_livechat::Availability::Absent
        {
            assert_eq!(status, 404, "{}: {body}", operation.id);
            assert_eq!(body["error"], "API endpoint not found", "{}", operation.id);
            continue;
        }
        if served.contains(&operation.id) {
            assert_ne!(status, 501, "{} is served: {body}", operation.id);
            assert_ne!(status, 404, "{} is served: {body}", operation.id);
        } else {
            assert_eq!(status, 501, "{}: {body}", operation.id);
            assert_eq!(body["errorType"], rocketchat_testkit::NOT_SERVED);
            let error = body["error"].as_str().unwrap();
            assert!(
                error.contains(&format!("serve {} (", operation.id)) && error.contains("): "),
                "{}: {error}",
                operation.id
            );
        }
    }
}

/// What Rocket.Chat's own widget (`packages/livechat`, through `LivechatClientImpl`) calls
/// from the first screen to the survey (the reference's "call sequence"): every one is served,
/// so that the widget, pointed at `rocketchat serve` with `?serverUrl=`, runs against it.
#[test]
fn every_call_the_widget_makes_is_served() {
    let widget = [
        ("GET", "/api/v1/livechat/config"),
        ("POST", "/api/v1/livechat/visitor"),
        ("GET", "/api/v1/livechat/room"),
        ("GET", "/api/v1/livechat/agent.info/{rid}/{token}"),
        ("POST", "/api/v1/livechat/message"),
        ("GET", "/api/v1/livechat/messages.history/{rid}"),
        ("PUT", "/api/v1/livechat/message/{_id}"),
        ("DELETE", "/api/v1/livechat/message/{_id}"),
        ("GET", "/api/v1/livechat/message/{_id}"),
        ("POST", "/api/v1/livechat/upload/{rid}"),
        ("POST", "/api/v1/livechat/page.visited"),
        ("POST", "/api/v1/livechat/room.close"),
        ("POST", "/api/v1/livechat/transcript"),
        ("POST", "/api/v1/livechat/room.survey"),
        ("POST", "/api/v1/livechat/offline.message"),
        ("GET", "/api/v1/livechat/agent.next/{token}"),
        ("POST", "/api/v1/livechat/visitor.status"),
        ("POST", "/api/v1/livechat/custom.field"),
        ("POST", "/api/v1/livechat/custom.fields"),
    ];
    let served: Vec<(&str, &str)> = rocketchat_testkit::served_operations()
        .map(|operation| (operation.method, operation.path))
        .collect();
    for (method, path) in widget {
        let known = rocketchat_livechat::api::OPERATIONS
            .iter()
            .any(|operation| operation.method == method && operation.path == path);
        assert!(known, "{method} {path} is in the spec");
    }
    let missing: Vec<_> = widget
        .iter()
        .filter(|call| !served.contains(call))
        .collect();
    assert!(missing.is_empty(), "not served: {missing:?}");
}

#[tokio::test]
async fn a_visitor_reads_one_message_of_its_room() {
    let world = world().await;
    let visitor = world.anonymous.visitor("one-message-visitor");
    visitor.register(named("Mia")).await.unwrap();
    let (room, _) = visitor.room().await.unwrap();
    let sent = visitor.send(&room.id, "Where is my parcel?").await.unwrap();
    let api = world.anonymous.api();
    let got = api
        .get_visitor_message()
        .id(&sent.id)
        .token("one-message-visitor")
        .rid(&room.id)
        .await
        .unwrap();
    assert_eq!(got.message.msg, "Where is my parcel?");
    assert_eq!(got.message.rid, room.id);
    // The server's checks, in its order: the token, the room, the message.
    let url = |id: &str, token: &str, rid: &str| {
        format!(
            "{}/api/v1/livechat/message/{id}?token={token}&rid={rid}",
            world.server.url()
        )
    };
    for (id, token, rid, error) in [
        (
            sent.id.as_str(),
            "nobody",
            room.id.as_str(),
            "invalid-token",
        ),
        (
            sent.id.as_str(),
            "one-message-visitor",
            "elsewhere",
            "invalid-room",
        ),
        (
            "missing",
            "one-message-visitor",
            room.id.as_str(),
            "invalid-message",
        ),
    ] {
        let (status, body) = raw(reqwest::Method::GET, url(id, token, rid), &[], None).await;
        assert_eq!(
            (status, body),
            (400, json!({"success": false, "error": error}))
        );
    }
}
