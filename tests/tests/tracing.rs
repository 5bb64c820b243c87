//! What the client traces names operations, statuses and attempts, and no secret.
//!
//! A test binary of its own: tracing caches per-callsite interest for the whole process, so a
//! subscriber scoped to one test is only reliable where no other test runs beside it.

use std::sync::{Arc, Mutex};

use rocketchat_livechat::types::builder::VisitorInput;
use rocketchat_testkit::LivechatServer;

#[test]
fn tracing_shows_operations_and_no_secret() {
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let secrets = Arc::new(Mutex::new(vec![
        "hunter2-password".to_owned(),
        "visitor-secret-token".to_owned(),
    ]));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    tracing::subscriber::with_default(subscriber, || {
        runtime.block_on(async {
            let server = LivechatServer::start().await.unwrap();
            server.add_agent("agent.smith", "hunter2-password");
            let client = server.client().unwrap();
            client
                .login("agent.smith", "hunter2-password")
                .await
                .unwrap();
            let visitor = client.visitor("visitor-secret-token");
            let room = visitor.start(VisitorInput::default()).await.unwrap();
            visitor.send(&room.id, "hello").await.unwrap();
            let _ = client.rooms().list().await;
            // Realtime: a visitor's subscription (its token in the params), a bot logged in
            // with a personal access token (sent as the resume token), and a reconnect.
            let bot = server.add_agent("bot", "bot-password");
            let pat = server.add_personal_access_token(&bot.id);
            let bot_client = rocketchat_livechat::Client::builder()
                .base_url(server.url())
                .personal_access_token(&bot.id, &pat)
                .build()
                .unwrap();
            let _queue = bot_client.realtime().queue(None).await.unwrap();
            let mut events = visitor.events(&room.id).await.unwrap();
            server.drop_realtime_connections();
            visitor.send(&room.id, "after the drop").await.unwrap();
            loop {
                use futures::TryStreamExt;
                let event = events.try_next().await.unwrap().unwrap();
                if let rocketchat_livechat::RoomEvent::Message(m) = event {
                    if m.msg == "after the drop" {
                        break;
                    }
                }
            }
            secrets.lock().unwrap().push(pat);
            // Webhooks: the server configured with a secret and delivering to a receiver that
            // refuses a wrong token and takes a right one; the secret appears nowhere.
            let admin = server.add_admin("admin", "admin-password");
            let admin_client = server.client().unwrap();
            admin_client
                .login(&admin.username, "admin-password")
                .await
                .unwrap();
            let (seen, mut deliveries) = tokio::sync::mpsc::unbounded_channel();
            let app = rocketchat_livechat::webhook::router(
                rocketchat_livechat::webhook::Receiver::new("webhook-secret-value").unwrap(),
                move |event: rocketchat_livechat::webhook::Event| {
                    let seen = seen.clone();
                    async move {
                        let _ = seen.send(event.dedup_key().to_owned());
                        Ok::<_, std::convert::Infallible>(String::new())
                    }
                },
            );
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let url = format!("http://{}/", listener.local_addr().unwrap());
            tokio::spawn(async move { axum::serve(listener, app).await });
            let wrong = reqwest::Client::new()
                .post(&url)
                .header(rocketchat_livechat::webhook::TOKEN_HEADER, "a-wrong-token")
                .body("{}")
                .send()
                .await
                .unwrap();
            assert_eq!(wrong.status().as_u16(), 401);
            let mut events = rocketchat_livechat::webhook::WebhookEvents::none();
            events.chat_start = true;
            admin_client
                .webhooks()
                .configure(&rocketchat_livechat::webhook::WebhookSettings::new(
                    url,
                    "webhook-secret-value",
                    events,
                ))
                .await
                .unwrap();
            client
                .visitor("visitor-two")
                .start(VisitorInput::default())
                .await
                .unwrap();
            deliveries.recv().await.unwrap();
            secrets
                .lock()
                .unwrap()
                .push("webhook-secret-value".to_owned());
            secrets.lock().unwrap().push("admin-password".to_owned());
            server.revoke_tokens(&client.user_id().unwrap());
            // Renewed with the password: one more line of evidence, still no secret.
            client.inquiries().queued().await.unwrap();
        })
    });
    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    for expected in [
        "operation=\"register_visitor\"",
        "operation=\"send_message\"",
        "attempt=1",
        "status=200",
        "login renewed",
        "realtime connection lost",
        "webhook: refused a delivery",
    ] {
        assert!(text.contains(expected), "missing {expected} in:\n{text}");
    }
    for secret in secrets.lock().unwrap().iter() {
        assert!(
            !text.contains(secret.as_str()),
            "{secret} leaked in:\n{text}"
        );
    }
}
