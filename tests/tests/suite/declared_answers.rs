//! The embedded server's answers against what the server's own typings declare
//! (`openapi/records/responses-<newest>.json`), not only against this project's spec: a spec
//! and an embedded server that were wrong together would agree with each other, not with the
//! declarations. Every operation the embedded server serves is called in one support story,
//! through a recording proxy, and every 2xx answer is checked field by field: a declared
//! field is answered with its declared kind, and one the declaration requires is there,
//! unless the spec says why the server answers otherwise (`x-declared`, `x-declared-omits`).

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::http::{Request, StatusCode};
use rocketchat_codegen::records::responses::{self, AnswerCheck};
use rocketchat_livechat::OPERATIONS;
use rocketchat_testkit::{served_operations, LivechatServer};
use serde_json::{json, Value};

/// One answer the proxy passed on: method, path, status, body.
type Answer = (String, String, u16, Bytes);

/// A proxy in front of the embedded server that keeps every answer.
async fn recording_proxy(target: String) -> (String, Arc<Mutex<Vec<Answer>>>) {
    rocketchat_livechat::api::tls::prepare();
    let answers: Arc<Mutex<Vec<Answer>>> = Arc::default();
    let kept = answers.clone();
    let http = reqwest::Client::new();
    let app = axum::Router::new().fallback(move |request: Request<Body>| {
        let (http, kept, target) = (http.clone(), kept.clone(), target.clone());
        async move {
            let (parts, body) = request.into_parts();
            let body = axum::body::to_bytes(body, usize::MAX)
                .await
                .unwrap_or_default();
            let path_and_query = parts
                .uri
                .path_and_query()
                .map(|p| p.as_str())
                .unwrap_or("/");
            let method = reqwest::Method::from_bytes(parts.method.as_str().as_bytes()).unwrap();
            let mut forwarded = http.request(method, format!("{target}{path_and_query}"));
            for (name, value) in &parts.headers {
                if name != "host" {
                    forwarded = forwarded.header(name.as_str(), value.as_bytes());
                }
            }
            let Ok(response) = forwarded.body(body).send().await else {
                return (StatusCode::BAD_GATEWAY, Bytes::new());
            };
            let status = response.status().as_u16();
            let bytes = response.bytes().await.unwrap_or_default();
            kept.lock().unwrap().push((
                parts.method.to_string(),
                parts.uri.path().to_owned(),
                status,
                bytes.clone(),
            ));
            (StatusCode::from_u16(status).unwrap(), bytes)
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (url, answers)
}

/// The operation a concrete request is: of those whose template the path fills
/// (`Operation::matches_path`), the most literal one (`users/agent` over `users/{type}`), as
/// the embedded server resolves it.
fn operation_of(method: &str, path: &str) -> Option<&'static rocketchat_livechat::Operation> {
    OPERATIONS
        .iter()
        .filter(|op| op.method.eq_ignore_ascii_case(method) && op.matches_path(path))
        .min_by_key(|op| op.path.matches('{').count())
}

/// Someone calling the REST API as raw HTTP: a user with its login headers, or a visitor or
/// anyone with none.
#[derive(Clone)]
struct Caller {
    http: reqwest::Client,
    url: String,
    headers: Vec<(&'static str, String)>,
}

impl Caller {
    fn anonymous(url: &str) -> Self {
        Self {
            http: reqwest::Client::new(),
            url: url.to_owned(),
            headers: Vec::new(),
        }
    }

    /// Logs in through `POST /api/v1/login`.
    async fn login(url: &str, username: &str) -> Self {
        let answer = Self::anonymous(url)
            .post("login", json!({"user": username, "password": "pw"}))
            .await;
        let data = &answer["data"];
        let mut caller = Self::anonymous(url);
        caller.headers = vec![
            ("X-User-Id", data["userId"].as_str().unwrap().to_owned()),
            (
                "X-Auth-Token",
                data["authToken"].as_str().unwrap().to_owned(),
            ),
        ];
        caller
    }

    /// Calls `method path` (under `/api/v1/` unless it starts with `/`) and returns the
    /// answer's JSON; anything but a 2xx fails the test, naming the call.
    async fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = if path.starts_with('/') {
            format!("{}{path}", self.url)
        } else {
            format!("{}/api/v1/{path}", self.url)
        };
        let method_ = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = self.http.request(method_, url);
        for (name, value) in &self.headers {
            request = request.header(*name, value);
        }
        if let Some(body) = &body {
            request = request.json(body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        assert!(
            (200..300).contains(&status),
            "{method} {path} {}: {status} {text}",
            body.map(|b| b.to_string()).unwrap_or_default()
        );
        serde_json::from_str(&text).unwrap_or(Value::Null)
    }

    async fn get(&self, path: &str) -> Value {
        self.call("GET", path, None).await
    }

    async fn post(&self, path: &str, body: Value) -> Value {
        self.call("POST", path, Some(body)).await
    }

    async fn put(&self, path: &str, body: Value) -> Value {
        self.call("PUT", path, Some(body)).await
    }

    async fn delete(&self, path: &str) -> Value {
        self.call("DELETE", path, None).await
    }
}

/// A string of an answer, by JSON pointer.
fn text(answer: &Value, pointer: &str) -> String {
    answer
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{pointer} in {answer}"))
        .to_owned()
}

/// A service the embedded server calls out to (webhook tests, trigger services): answers 200.
async fn outside_service() -> httpmock::MockServer {
    let service = httpmock::MockServer::start_async().await;
    service
        .mock_async(|when, then| {
            when.path("/crm");
            then.status(200)
                .json_body(json!({"contents": [{"msg": "Welcome back, Ada", "order": 0}]}));
        })
        .await;
    service
}

#[tokio::test]
async fn every_served_operation_answers_as_the_typings_declare() {
    let server = LivechatServer::start().await.unwrap();
    // Chats wait in the queue, so that inquiries are seen and taken.
    server.set_setting("Livechat_Routing_Method", json!("Manual_Selection"));
    server.set_setting("API_Enable_Rate_Limiter", json!(false));
    server.set_setting("Livechat_secret_token", json!("s3cret"));
    server.add_admin("admin", "pw");
    let mary = server.add_manager("manager.mary", "pw");
    let smith = server.add_agent("agent.smith", "pw");
    let jones = server.add_agent("agent.jones", "pw");
    server.add_user("cindy", "pw");
    server.add_user("mon.ted", "pw");
    let service = outside_service().await;
    let (url, answers) = recording_proxy(server.url().to_owned()).await;

    let anyone = Caller::anonymous(&url);
    anyone.get("/api/info").await;
    let admin = Caller::login(&url, "admin").await;
    let manager = Caller::login(&url, "manager.mary").await;
    let agent = Caller::login(&url, "agent.smith").await;
    let other = Caller::login(&url, "agent.jones").await;
    admin.get("me").await;
    let visitor = Caller::anonymous(&url);
    let token = "declared-answers";

    // Settings and the integrations around the chat.
    admin.get("settings/Livechat_Routing_Method").await;
    admin
        .post("settings/Livechat_http_timeout", json!({"value": 4000}))
        .await;
    manager.get("livechat/integrations.settings").await;
    manager
        .post(
            "omnichannel/integrations",
            json!({"LivechatWebhookUrl": service.url("/crm"), "LivechatSecretToken": "s3cret"}),
        )
        .await;
    manager.post("livechat/webhook.test", json!({})).await;

    // A department and its agents.
    let department = manager
        .post(
            "livechat/department",
            json!({"department": {"enabled": true, "name": "Sales", "email": "sales@example.com",
                "showOnRegistration": true, "showOnOfflineForm": true},
                "agents": [{"agentId": smith.id, "username": "agent.smith"}]}),
        )
        .await;
    let department = text(&department, "/department/_id");
    manager.get("livechat/department").await;
    manager
        .get(&format!(
            "livechat/department/{department}?includeAgents=true"
        ))
        .await;
    manager
        .post(
            &format!("livechat/department/{department}/agents"),
            json!({"upsert": [{"agentId": jones.id, "username": "agent.jones"}], "remove": []}),
        )
        .await;
    manager
        .get(&format!("livechat/department/{department}/agents"))
        .await;
    manager
        .get(&format!("livechat/agents/{}/departments", smith.id))
        .await;
    manager
        .put(
            &format!("livechat/department/{department}"),
            json!({"department": {"enabled": true, "name": "Sales EMEA", "email": "sales@example.com",
                "showOnRegistration": true, "showOnOfflineForm": true}}),
        )
        .await;
    manager.get("livechat/departments/archived").await;
    manager
        .get(&format!("livechat/department.listByIds?ids[]={department}"))
        .await;
    manager
        .get("livechat/department/isDepartmentCreationAvailable")
        .await;
    manager
        .get("livechat/department.autocomplete?selector=%7B%22term%22%3A%22sales%22%7D")
        .await;

    // The widget's appearance and the routing the agent app follows.
    manager.get("livechat/appearance").await;
    manager
        .post(
            "livechat/appearance",
            json!([{"_id": "Livechat_title", "value": "Acme support"},
                {"_id": "Livechat_enable_message_character_limit", "value": true},
                {"_id": "Livechat_message_character_limit", "value": "280"}]),
        )
        .await;
    agent.get("livechat/config/routing").await;

    // Users, agents and their status.
    manager.get("livechat/users/agent").await;
    let cindy = manager
        .post("livechat/users/agent", json!({"username": "cindy"}))
        .await;
    let cindy = text(&cindy, "/user/_id");
    manager.get(&format!("livechat/users/agent/{cindy}")).await;
    // Someone without the role: `user` is null.
    manager
        .get(&format!("livechat/users/agent/{}", mary.id))
        .await;
    manager
        .delete(&format!("livechat/users/agent/{cindy}"))
        .await;
    agent
        .post("livechat/agent.status", json!({"status": "available"}))
        .await;

    // Custom fields the visitor fills in.
    manager
        .post(
            "livechat/custom-fields.save",
            json!({"customFieldId": null, "customFieldData": {"field": "plan", "label": "Plan",
                "scope": "visitor", "visibility": "visible", "regexp": "", "searchable": true,
                "type": "input", "required": false, "defaultValue": "", "options": "",
                "public": true}}),
        )
        .await;
    manager.get("livechat/custom-fields").await;
    manager.get("livechat/custom-fields/plan").await;

    // A trigger with an outside service.
    manager
        .post(
            "livechat/triggers",
            json!({"name": "CRM", "description": "Asks the CRM", "enabled": true,
                "runOnce": false, "conditions": [{"name": "chat-opened-by-visitor", "value": ""}],
                "actions": [{"name": "use-external-service", "params": {
                    "serviceUrl": service.url("/crm"), "serviceTimeout": 5000,
                    "serviceFallbackMessage": "Hello!"}}]}),
        )
        .await;
    let triggers = manager.get("livechat/triggers").await;
    let trigger = text(&triggers, "/triggers/0/_id");
    manager.get(&format!("livechat/triggers/{trigger}")).await;

    // The visitor's chat, as the widget drives it.
    visitor.get("livechat/config").await;
    visitor.get(&format!("livechat/config?token={token}")).await;
    let registered = visitor
        .post(
            "livechat/visitor",
            json!({"visitor": {"token": token, "name": "Ada Lovelace",
                "email": "ada@example.com", "department": department}}),
        )
        .await;
    let visitor_id = text(&registered, "/visitor/_id");
    visitor.get(&format!("livechat/visitor/{token}")).await;
    visitor
        .post(
            &format!("livechat/triggers/{trigger}/external-service/call"),
            json!({"token": token}),
        )
        .await;
    visitor
        .post(
            "livechat/custom.field",
            json!({"token": token, "key": "plan", "value": "gold", "overwrite": true}),
        )
        .await;
    visitor
        .post(
            "livechat/custom.fields",
            json!({"token": token,
                "customFields": [{"key": "plan", "value": "gold", "overwrite": true}]}),
        )
        .await;
    let room = visitor.get(&format!("livechat/room?token={token}")).await;
    let rid = text(&room, "/room/_id");
    visitor.get(&format!("livechat/config?token={token}")).await;
    let contact_of_visitor = text(&room, "/room/contactId");
    let sent = visitor
        .post(
            "livechat/message",
            json!({"token": token, "rid": rid, "msg": "My order is late"}),
        )
        .await;
    let mid = text(&sent, "/message/_id");
    visitor
        .get(&format!("livechat/messages.history/{rid}?token={token}"))
        .await;
    visitor
        .get(&format!("livechat/message/{mid}?token={token}&rid={rid}"))
        .await;
    visitor
        .put(
            &format!("livechat/message/{mid}"),
            json!({"token": token, "rid": rid, "msg": "My order is very late"}),
        )
        .await;
    visitor
        .post(
            "livechat/page.visited",
            json!({"token": token, "rid": rid, "pageInfo": {"change": "url", "title": "Orders",
                "location": {"href": "https://shop.example.com/orders"}}}),
        )
        .await;
    visitor
        .post(
            "livechat/visitor.status",
            json!({"token": token, "status": "online"}),
        )
        .await;
    let upload = rocketchat_livechat::Client::builder()
        .base_url(&url)
        .build()
        .unwrap()
        .visitor(token);
    upload
        .upload(&rid)
        .file("order.txt", "text/plain", b"order 42".to_vec())
        .await
        .unwrap();

    // The queue, and an agent taking the chat.
    manager.get("livechat/inquiries.list").await;
    let silver = manager
        .post(
            "livechat/sla",
            json!({"name": "Silver", "description": "Soon", "dueTimeInMinutes": 60}),
        )
        .await;
    let silver = text(&silver, "/sla/_id");
    agent
        .put(
            "livechat/inquiry.setSLA",
            json!({"roomId": rid, "sla": silver}),
        )
        .await;
    let ranked = manager.get("livechat/priorities").await;
    let highest = text(&ranked, "/priorities/0/_id");
    agent
        .post(
            &format!("livechat/room/{rid}/priority"),
            json!({"priorityId": highest}),
        )
        .await;
    agent.get("livechat/inquiries.queuedForUser").await;
    let inquiry = agent
        .get(&format!("livechat/inquiries.getOne?roomId={rid}"))
        .await;
    let inquiry = text(&inquiry, "/inquiry/_id");
    agent
        .post("livechat/inquiries.take", json!({"inquiryId": inquiry}))
        .await;
    visitor
        .get(&format!("livechat/agent.info/{rid}/{token}"))
        .await;
    visitor.get(&format!("livechat/agent.next/{token}")).await;
    // With the agent's details hidden from visitors.
    server.set_setting("Livechat_show_agent_info", json!(false));
    visitor
        .get(&format!("livechat/agent.info/{rid}/{token}"))
        .await;
    server.set_setting("Livechat_show_agent_info", json!(true));
    visitor
        .get(&format!("livechat/room?token={token}&rid={rid}"))
        .await;
    agent
        .get(&format!("livechat/inquiries.getOne?roomId={rid}"))
        .await;
    agent
        .post(
            "chat.sendMessage",
            json!({"message": {"rid": rid, "msg": "Looking into it"}}),
        )
        .await;
    agent.get(&format!("livechat/{rid}/messages")).await;
    manager.get("livechat/rooms").await;
    agent
        .post(
            "livechat/room.saveInfo",
            json!({"guestData": {"_id": visitor_id, "name": "Ada King", "email": "ada@example.com"},
                "roomData": {"_id": rid, "topic": "Late order", "tags": ["order"]}}),
        )
        .await;
    agent.delete(&format!("livechat/room/{rid}/priority")).await;
    manager
        .get("livechat/queue?includeOfflineAgents=true")
        .await;
    agent.get("livechat/rooms/filters").await;
    agent
        .get(&format!("livechat/visitors.info?visitorId={visitor_id}"))
        .await;
    agent
        .get(&format!("livechat/visitors.pagesVisited/{rid}"))
        .await;
    agent
        .get(&format!(
            "livechat/visitors.chatHistory/room/{rid}/visitor/{visitor_id}"
        ))
        .await;
    agent.get("livechat/visitors.search?term=Ada").await;
    agent
        .get("livechat/visitors.autocomplete?selector=%7B%22term%22%3A%22ada%22%7D")
        .await;
    agent
        .get(&format!(
            "livechat/visitors.searchChats/room/{rid}/visitor/{visitor_id}?searchText=order"
        ))
        .await;
    manager
        .post(
            "livechat/agents.saveInfo",
            json!({"agentId": smith.id, "agentData": {"maxNumberSimultaneousChat": 5},
                "agentDepartments": [department]}),
        )
        .await;
    manager.get(&format!("livechat/visitor/{token}/room")).await;
    agent
        .post("livechat/room.onHold", json!({"roomId": rid}))
        .await;
    agent
        .post("livechat/room.resumeOnHold", json!({"roomId": rid}))
        .await;
    manager
        .post(
            "livechat/messages",
            json!({"visitor": {"token": token}, "messages": [{"msg": "Also: the invoice"}]}),
        )
        .await;
    agent
        .post(
            &format!("livechat/transcript/{rid}"),
            json!({"email": "ada@example.com", "subject": "Your chat"}),
        )
        .await;
    agent.delete(&format!("livechat/transcript/{rid}")).await;

    // Handed on: forwarded, returned to the queue, joined, moved between departments.
    agent
        .post(
            "livechat/room.forward",
            json!({"roomId": rid, "userId": jones.id}),
        )
        .await;
    manager
        .get(&format!("livechat/transfer.history/{rid}"))
        .await;
    other
        .post("livechat/inquiries.returnAsInquiry", json!({"roomId": rid}))
        .await;
    manager
        .get(&format!("livechat/room.join?roomId={rid}"))
        .await;
    visitor
        .post(
            "livechat/visitor/department.transfer",
            json!({"token": token, "rid": rid, "department": department}),
        )
        .await;

    // The end of the chat.
    visitor
        .post(
            "livechat/room.survey",
            json!({"token": token, "rid": rid,
                "data": [{"name": "satisfaction", "value": "5"}]}),
        )
        .await;
    visitor
        .post(
            "livechat/transcript",
            json!({"token": token, "rid": rid, "email": "ada@example.com"}),
        )
        .await;
    visitor
        .call(
            "DELETE",
            &format!("livechat/message/{mid}"),
            Some(json!({"token": token, "rid": rid})),
        )
        .await;
    visitor
        .post("livechat/room.close", json!({"token": token, "rid": rid}))
        .await;
    visitor
        .get(&format!("livechat/messages.history/{rid}?token={token}"))
        .await;
    // A second chat, closed by a manager.
    let second = visitor
        .get(&format!("livechat/room?token={token}&agentId={}", smith.id))
        .await;
    let second = text(&second, "/room/_id");
    manager
        .post(
            "livechat/room.closeByUser",
            json!({"rid": second, "comment": "Solved"}),
        )
        .await;
    // No open room now: the next agent is named (manual selection names none), and the
    // closed rooms are listed.
    server.set_setting("Livechat_Routing_Method", json!("Auto_Selection"));
    visitor.get(&format!("livechat/agent.next/{token}")).await;
    manager.get("livechat/rooms?open=false").await;
    visitor
        .post(
            "livechat/offline.message",
            json!({"name": "Ada Lovelace", "email": "ada@example.com",
                "message": "Call me back"}),
        )
        .await;

    // Contacts.
    let contact = agent
        .post(
            "omnichannel/contacts",
            json!({"name": "Grace Hopper", "emails": ["grace@example.com"],
                "phones": ["+15550100"], "contactManager": mary.id}),
        )
        .await;
    let contact = text(&contact, "/contactId");
    agent
        .post(
            "omnichannel/contacts.update",
            json!({"contactId": contact, "name": "Grace B. Hopper"}),
        )
        .await;
    agent
        .get(&format!("omnichannel/contacts.get?contactId={contact}"))
        .await;
    agent
        .get("omnichannel/contacts.search?searchText=grace")
        .await;
    agent
        .get(&format!("omnichannel/contacts.history?contactId={contact}"))
        .await;
    admin
        .post("omnichannel/contacts.delete", json!({"contactId": contact}))
        .await;
    agent
        .get("omnichannel/contacts.checkExistence?email=ada@example.com")
        .await;
    agent
        .get(&format!(
            "omnichannel/contacts.channels?contactId={contact_of_visitor}"
        ))
        .await;
    let channel = json!({"visitor": {"visitorId": visitor_id, "source": {"type": "api"}}});
    manager
        .post("omnichannel/contacts.block", channel.clone())
        .await;
    manager.post("omnichannel/contacts.unblock", channel).await;
    // A known contact, and a visitor with its email and another name: a conflict.
    let known = agent
        .post(
            "omnichannel/contacts",
            json!({"name": "Alan Turing", "emails": ["alan@example.com"], "phones": []}),
        )
        .await;
    let known = text(&known, "/contactId");
    visitor
        .post(
            "livechat/visitor",
            json!({"visitor": {"token": "declared-alan", "name": "A. M. Turing",
                "email": "alan@example.com"}}),
        )
        .await;
    visitor.get("livechat/room?token=declared-alan").await;
    agent
        .post(
            "omnichannel/contacts.conflicts",
            json!({"contactId": known, "name": "Alan M. Turing", "wipeConflicts": true}),
        )
        .await;
    // The visitor-based contact API.
    let registered = agent
        .post(
            "omnichannel/contact",
            json!({"token": "declared-legacy", "name": "Grace Hopper",
                "email": "grace.h@example.com", "phone": "+15550101"}),
        )
        .await;
    let registered = text(&registered, "/contact");
    agent
        .get(&format!("omnichannel/contact?contactId={registered}"))
        .await;
    agent
        .get("omnichannel/contact.search?email=grace.h@example.com")
        .await;

    // The dashboards.
    let (start, end) = ("2020-01-01T00:00:00.000Z", "2100-01-01T00:00:00.000Z");
    for chart in ["conversation-totalizers", "charts/chats", "charts/timings"] {
        manager
            .get(&format!(
                "livechat/analytics/dashboards/{chart}?start={start}&end={end}"
            ))
            .await;
    }
    manager
        .get("livechat/analytics/dashboards/charts/agents-status")
        .await;
    manager
        .get(&format!(
            "livechat/analytics/overview?name=Conversations&from={start}&to={end}"
        ))
        .await;
    for totalizer in [
        "chats-totalizers",
        "productivity-totalizers",
        "agents-productivity-totalizers",
        "charts/chats-per-agent",
        "charts/chats-per-department",
    ] {
        manager
            .get(&format!(
                "livechat/analytics/dashboards/{totalizer}?start={start}&end={end}"
            ))
            .await;
    }
    manager
        .get("livechat/analytics/dashboards/charts-data?chartName=Total_conversations&start=2020-01-01&end=2100-01-01")
        .await;
    manager
        .get("livechat/analytics/agent-overview?name=Total_conversations&from=2020-01-01&to=2100-01-01")
        .await;
    for figure in [
        "amount-of-chats?answered=true&",
        "average-chat-duration-time?",
        "average-service-time?",
        "total-service-time?",
        "average-waiting-time?",
        "total-transferred-chats?",
        "total-abandoned-chats?",
        "percentage-abandoned-chats?",
    ] {
        manager
            .get(&format!(
                "livechat/analytics/departments/{figure}start={start}&end={end}"
            ))
            .await;
    }
    for figure in ["average-service-time", "total-service-time"] {
        manager
            .get(&format!(
                "livechat/analytics/agents/{figure}?start={start}&end={end}"
            ))
            .await;
    }
    for report in ["source", "status", "department", "tags", "agent"] {
        manager
            .get(&format!(
                "livechat/analytics/dashboards/conversations-by-{report}?start={start}&end={end}"
            ))
            .await;
    }
    // What lives outside the server: outbound providers (Apps), the PDF worker.
    manager.get("omnichannel/outbound/providers").await;
    manager
        .post(&format!("omnichannel/{rid}/request-transcript"), json!({}))
        .await;
    manager
        .post(
            "livechat/triggers/external-service/test",
            json!({"webhookUrl": service.url("/crm"), "timeout": 5000,
                "fallbackMessage": "Hello!", "extraData": [{"key": "plan", "value": "gold"}]}),
        )
        .await;

    // Business hours.
    manager.get("livechat/business-hour?type=default").await;
    manager
        .post(
            "livechat/business-hours.save",
            json!({"name": "Support", "timezoneName": "Europe/Berlin", "daysOpen": ["Monday"],
                "workHours": [{"day": "Monday", "start": "08:00", "finish": "18:00",
                    "open": true}],
                "departmentsToApplyBusinessHour": "", "active": true, "type": "custom"}),
        )
        .await;
    let hours = manager.get("livechat/business-hours").await;
    let custom = hours["businessHours"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["type"] == "custom")
        .and_then(|h| h["_id"].as_str())
        .unwrap()
        .to_owned();
    manager
        .get(&format!("livechat/business-hour?_id={custom}&type=custom"))
        .await;
    manager
        .post(
            "livechat/business-hours.remove",
            json!({"_id": custom, "type": "custom"}),
        )
        .await;

    // The Enterprise areas: monitors, units, tags, priorities, SLAs, canned responses.
    let ted = manager
        .post("livechat/monitors.create", json!({"username": "mon.ted"}))
        .await;
    let ted = text(&ted, "/_id");
    manager.get("livechat/monitors?text=").await;
    let unit = manager
        .post(
            "livechat/units",
            json!({"unitData": {"name": "Europe", "visibility": "public"},
                "unitMonitors": [{"monitorId": ted, "username": "mon.ted"}],
                "unitDepartments": []}),
        )
        .await;
    let unit = text(&unit, "/_id");
    manager.get("livechat/units").await;
    manager.get(&format!("livechat/units/{unit}")).await;
    manager
        .post(
            &format!("livechat/units/{unit}"),
            json!({"unitData": {"name": "Europe West", "visibility": "public"},
                "unitMonitors": [{"monitorId": ted, "username": "mon.ted"}],
                "unitDepartments": [{"departmentId": department}]}),
        )
        .await;
    manager
        .get(&format!("livechat/units/{unit}/monitors"))
        .await;
    manager
        .get(&format!("livechat/units/{unit}/departments"))
        .await;
    manager
        .get(&format!("livechat/units/{unit}/departments/available"))
        .await;
    manager.get("livechat/monitors/mon.ted").await;
    manager.delete(&format!("livechat/units/{unit}")).await;
    manager
        .post("livechat/monitors.delete", json!({"username": "mon.ted"}))
        .await;
    let tag = manager
        .post(
            "livechat/tags.save",
            json!({"tagData": {"name": "billing", "description": "Money"},
                "tagDepartments": [department]}),
        )
        .await;
    let tag = text(&tag, "/_id");
    manager.get("livechat/tags?text=").await;
    manager.get(&format!("livechat/tags/{tag}")).await;
    manager
        .post("livechat/tags.delete", json!({"id": tag}))
        .await;
    let priorities = manager.get("livechat/priorities").await;
    let priority = text(&priorities, "/priorities/0/_id");
    manager
        .put(
            &format!("livechat/priorities/{priority}"),
            json!({"name": "Very high"}),
        )
        .await;
    manager.post("livechat/priorities.reset", json!({})).await;
    manager
        .get(&format!("livechat/priorities/{priority}"))
        .await;
    manager.get("livechat/priorities.reset").await;
    let sla = manager
        .post(
            "livechat/sla",
            json!({"name": "Gold", "description": "Fast", "dueTimeInMinutes": 30}),
        )
        .await;
    let sla = text(&sla, "/sla/_id");
    manager.get("livechat/sla").await;
    manager.get(&format!("livechat/sla/{sla}")).await;
    manager
        .put(
            &format!("livechat/sla/{sla}"),
            json!({"name": "Gold", "description": "Faster", "dueTimeInMinutes": 20}),
        )
        .await;
    manager.delete(&format!("livechat/sla/{sla}")).await;
    manager
        .post(
            "canned-responses",
            json!({"shortcut": "hello", "text": "Hello! How can I help?", "scope": "global",
                "tags": []}),
        )
        .await;
    manager.get("canned-responses.get").await;
    let canned = manager.get("canned-responses").await;
    let canned = text(&canned, "/cannedResponses/0/_id");
    manager.get(&format!("canned-responses/{canned}")).await;
    manager
        .post(
            "canned-responses",
            json!({"shortcut": "bye", "text": "Goodbye!", "scope": "global", "tags": []}),
        )
        .await;
    let all = manager.get("canned-responses.get").await;
    let bye = all["responses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["shortcut"] == "bye")
        .and_then(|r| r["_id"].as_str())
        .unwrap()
        .to_owned();
    manager
        .call("DELETE", "canned-responses", Some(json!({"_id": bye})))
        .await;
    manager.delete(&format!("canned-responses/{canned}")).await;

    // What is left to remove.
    manager
        .delete(&format!("livechat/triggers/{trigger}"))
        .await;
    manager
        .post(
            "livechat/custom-fields.delete",
            json!({"customFieldId": "plan"}),
        )
        .await;
    manager
        .post(
            &format!("livechat/department/{department}/archive"),
            json!({}),
        )
        .await;
    manager
        .post(
            &format!("livechat/department/{department}/unarchive"),
            json!({}),
        )
        .await;
    let temporary = manager
        .post(
            "livechat/department",
            json!({"department": {"enabled": true, "name": "Temporary",
                "showOnRegistration": true, "showOnOfflineForm": true, "email": "t@example.com"}}),
        )
        .await;
    let temporary = text(&temporary, "/department/_id");
    server.set_setting("Omnichannel_enable_department_removal", json!(true));
    manager
        .delete(&format!("livechat/department/{temporary}"))
        .await;
    admin.delete(&format!("livechat/visitor/{token}")).await;
    manager
        .post("livechat/rooms.delete", json!({"roomId": second}))
        .await;
    manager
        .post("livechat/rooms.removeAllClosedRooms", json!({}))
        .await;
    admin.post("logout", json!({})).await;

    // The routes this server's version no longer has, on the newest version that has them.
    let older = older_story().await;

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi");
    let spec = rocketchat_codegen::load_value(&dir).unwrap();
    let records = responses::load(&dir.join("records")).unwrap();
    let newest = records.last().expect("a response record");
    let check = AnswerCheck::new(&spec, newest);
    let (mut answered, mut problems) = checked(&check, &answers.lock().unwrap());
    let version = older.0.to_string();
    let record = records
        .iter()
        .find(|r| r.version == version)
        .expect("a record of the older version");
    let (also, more) = checked(&AnswerCheck::new(&spec, record), &older.1);
    answered.extend(also);
    problems.extend(more);
    // Every served operation answered. The typings declare the answers of all but these
    // routes (Enterprise routes typed in the server's own code, `/api/info` outside `/v1`,
    // routes the typings list as untyped): the spec alone describes them, from the handlers.
    // Served, but never a success here: each needs what lives outside the server (an App
    // that provides outbound messages; an SMS provider's signed request).
    const NEVER_SUCCEED: [&str; 3] = [
        "get_outbound_provider_metadata",
        "receive_sms",
        "send_outbound_message",
    ];
    let unanswered: Vec<&str> = served_operations()
        .map(|op| op.id)
        .filter(|id| !answered.contains(id) && !NEVER_SUCCEED.contains(id))
        .collect();
    assert!(unanswered.is_empty(), "not called here: {unanswered:?}");
    let checks: Vec<AnswerCheck> = records
        .iter()
        .map(|record| AnswerCheck::new(&spec, record))
        .collect();
    let undeclared: Vec<&str> = served_operations()
        .filter(|op| {
            checks
                .iter()
                .all(|check| check.declared(op.method, op.path).is_none())
        })
        .map(|op| op.id)
        .collect();
    assert_eq!(
        undeclared,
        [
            "block_contact",
            "create_monitor",
            "create_unit",
            "delete_canned_response",
            "delete_contact",
            "delete_custom_field",
            "delete_monitor",
            "delete_room",
            "delete_tag",
            "delete_unit",
            "get_chart_data",
            "get_outbound_provider_metadata",
            "get_routing_config",
            "get_server_info",
            "get_unit",
            "list_business_hours",
            "list_outbound_providers",
            "list_unit_monitors",
            "list_units",
            "remove_all_closed_rooms",
            "remove_business_hour",
            "return_room_as_inquiry",
            "save_agent_info",
            "save_business_hour",
            "save_custom_field",
            "save_tag",
            "send_outbound_message",
            "unblock_contact",
            "update_unit",
        ],
        "the records' undeclared routes changed"
    );
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} answers differ from the declarations:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The operations served that a server of the newest version no longer has, called on the
/// newest sampled version that has them; the version and the answers.
async fn older_story() -> (rocketchat_livechat::ServerVersion, Vec<Answer>) {
    let server = LivechatServer::builder()
        .server_version("6.13.1")
        .start()
        .await
        .unwrap();
    server.set_setting("Livechat_Routing_Method", json!("Manual_Selection"));
    let smith = server.add_agent("agent.smith", "pw");
    let department = server.add_department("Sales", &[&smith.id]);
    let (url, answers) = recording_proxy(server.url().to_owned()).await;
    let agent = Caller::login(&url, "agent.smith").await;
    let visitor = Caller::anonymous(&url);
    let token = "older-story";
    visitor
        .post(
            "livechat/visitor",
            json!({"visitor": {"token": token, "name": "Ada Lovelace"}}),
        )
        .await;
    let room = visitor.get(&format!("livechat/room?token={token}")).await;
    let rid = text(&room, "/room/_id");
    agent.get("livechat/inquiries.queued").await;
    // A WebRTC call (up to 7.x), once enabled, in the room its agent took.
    let inquiry = agent
        .get(&format!("livechat/inquiries.getOne?roomId={rid}"))
        .await;
    agent
        .post(
            "livechat/inquiries.take",
            json!({"inquiryId": text(&inquiry, "/inquiry/_id")}),
        )
        .await;
    server.set_setting("WebRTC_Enabled", json!(true));
    server.set_setting("Omnichannel_call_provider", json!("WebRTC"));
    agent.get(&format!("livechat/webrtc.call?rid={rid}")).await;
    let messages = agent.get(&format!("livechat/{rid}/messages")).await;
    let call = messages["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["t"] == "livechat_webrtc_video_call")
        .and_then(|m| m["_id"].as_str())
        .unwrap()
        .to_owned();
    agent
        .put(
            &format!("livechat/webrtc.call/{call}"),
            json!({"rid": rid, "status": "ongoing"}),
        )
        .await;
    visitor
        .post(
            "livechat/visitor.callStatus",
            json!({"token": token, "callStatus": "ended", "rid": rid, "callId": call}),
        )
        .await;
    visitor
        .post(
            "livechat/room.transfer",
            json!({"token": token, "rid": rid, "department": department}),
        )
        .await;
    // The room handed to another visitor (room.visitor, up to 6.x).
    let first = text(&room, "/room/v/_id");
    let other = visitor
        .post(
            "livechat/visitor",
            json!({"visitor": {"token": "older-story-2", "name": "Grace"}}),
        )
        .await;
    agent
        .put(
            "livechat/room.visitor",
            json!({"rid": rid, "oldVisitorId": first, "newVisitorId": text(&other, "/visitor/_id")}),
        )
        .await;
    let answers = answers.lock().unwrap().clone();
    (server.server_version(), answers)
}

/// The operations that gave a 2xx answer, and what their answers' problems are.
fn checked(check: &AnswerCheck, answers: &[Answer]) -> (BTreeSet<&'static str>, Vec<String>) {
    let mut answered = BTreeSet::new();
    let mut problems = Vec::new();
    for (method, path, status, body) in answers {
        if !(200..300).contains(status) {
            continue;
        }
        let Some(operation) = operation_of(method, path) else {
            continue;
        };
        let json = serde_json::from_slice::<Value>(body)
            .unwrap_or_else(|e| panic!("{method} {path}: not JSON: {e}"));
        for problem in check.check(operation.method, operation.path, &json) {
            problems.push(format!("{}: {problem}", operation.id));
        }
        answered.insert(operation.id);
    }
    (answered, problems)
}
