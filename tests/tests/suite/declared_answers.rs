//! The embedded server's answers against what the server's own typings declare
//! (`openapi/records/responses-<newest>.json`), not only against this project's spec: a spec
//! and an embedded server that were wrong together would agree with each other, not with the
//! declarations. A chat and the agent and manager calls around it go through a recording
//! proxy; every 2xx answer is checked field by field.

use std::path::Path;
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::http::{Request, StatusCode};
use rocketchat_codegen::records::responses;
use rocketchat_livechat::testkit::LivechatServer;
use rocketchat_livechat::types::builder::VisitorInput;
use rocketchat_livechat::{Client, OPERATIONS};
use serde_json::Value;

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

async fn logged_in(url: &str, username: &str) -> Client {
    let client = Client::builder().base_url(url).build().unwrap();
    client.login(username, "pw").await.unwrap();
    client
}

#[tokio::test]
async fn the_embedded_server_answers_as_the_typings_declare() {
    let server = LivechatServer::start().await.unwrap();
    server.set_setting(
        "Livechat_Routing_Method",
        serde_json::json!("Manual_Selection"),
    );
    server.add_admin("admin", "pw");
    let mary = server.add_manager("manager.mary", "pw");
    server.add_agent("agent.smith", "pw");
    let jones = server.add_agent("agent.jones", "pw");
    let (url, answers) = recording_proxy(server.url().to_owned()).await;
    let admin = logged_in(&url, "admin").await;
    let manager = logged_in(&url, "manager.mary").await;
    let agent = logged_in(&url, "agent.smith").await;
    let visitors = Client::builder().base_url(&url).build().unwrap();

    // A visitor's chat, as the widget drives it.
    let visitor = visitors.visitor("declared-answers");
    visitor.config().await.unwrap();
    visitor
        .register(VisitorInput::default().name("Ada Lovelace".to_owned()))
        .await
        .unwrap();
    visitor.get().await.unwrap();
    let room = visitor
        .start(VisitorInput::default().name("Ada Lovelace".to_owned()))
        .await
        .unwrap();
    visitor.send(&room.id, "My order is late").await.unwrap();
    visitor.history(&room.id).await.unwrap();
    visitor.config().await.unwrap();

    // Agents and managers around it.
    manager.inquiries().list().await.unwrap();
    agent.inquiries().queued().await.unwrap();
    agent.inquiries().get(&room.id).await.unwrap();
    agent.inquiries().take_next(None).await.unwrap();
    visitor.agent(&room.id).await.unwrap();
    agent
        .rooms()
        .send(&room.id, "Looking into it")
        .await
        .unwrap();
    manager.rooms().list().await.unwrap();
    manager.agents().list().await.unwrap();
    manager.managers().list().await.unwrap();
    manager.agents().get(&jones.id).await.unwrap();
    manager.departments().list().await.unwrap();
    manager
        .visitor_directory()
        .search()
        .term("Ada")
        .await
        .unwrap();
    let id = crate::common::contact_with_manager(&agent, &mary.id).await;
    agent.contacts().get(&id).await.unwrap();
    agent.contacts().search().search_text("ada").await.unwrap();
    agent
        .rooms()
        .forward_to_agent(&room.id, &jones.id, None)
        .await
        .unwrap();
    manager
        .rooms()
        .transfer_history()
        .rid(room.id.clone())
        .await
        .unwrap();
    admin.custom_fields().list().await.unwrap();
    let jones_client = logged_in(&url, "agent.jones").await;
    jones_client
        .rooms()
        .close(&room.id, Some("Solved"))
        .await
        .unwrap();
    visitor.history(&room.id).await.unwrap();

    // Every 2xx JSON answer against the newest declarations.
    let record = responses::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/records"))
        .unwrap()
        .pop()
        .expect("a response record");
    let answers = answers.lock().unwrap().clone();
    let mut checked = std::collections::BTreeSet::new();
    let mut problems = Vec::new();
    for (method, path, status, body) in &answers {
        if !(200..300).contains(status) {
            continue;
        }
        let Some(operation) = operation_of(method, path) else {
            continue;
        };
        let Ok(json) = serde_json::from_slice::<Value>(body) else {
            continue;
        };
        let route = format!("{} {}", operation.method, operation.path);
        for problem in responses::check_answer(&record, &route, &json) {
            problems.push(format!("{}: {problem}", operation.id));
        }
        checked.insert(operation.id);
    }
    assert!(
        checked.len() >= 25,
        "only {} operations answered: {checked:?}",
        checked.len()
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
