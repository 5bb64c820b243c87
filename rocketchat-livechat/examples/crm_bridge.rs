//! A CRM bridge on the Omnichannel webhook: a ticket per chat, opened when the chat starts;
//! its id answered to the server, which stores it as the room's `crmData` and sends it back on
//! every later event of the room; each message appended to the ticket; the transcript filed
//! when the chat closes. The receiver handles each delivery once, whatever the server's
//! retries: it keeps the answers in memory, or with `REDIS_URL` set in Redis, so that two or
//! more copies of the bridge behind a load balancer record each event once between them.
//!
//! With nothing set it starts the embedded server and the receiver on 127.0.0.1, points the
//! server's webhook at the receiver (as an administrator, through `client.webhooks()`), plays a
//! chat (start, messages both ways, a forward to a second agent, close) and prints what the
//! CRM recorded. With `ROCKETCHAT_URL` and an administrator's credentials
//! (`ROCKETCHAT_USER` + `ROCKETCHAT_PASSWORD`, or `ROCKETCHAT_USER_ID` +
//! `ROCKETCHAT_AUTH_TOKEN`) it listens on `WEBHOOK_LISTEN` (default `0.0.0.0:8080`), points
//! that server's webhook at `WEBHOOK_PUBLIC_URL` (the address the server reaches the bridge
//! at) with the secret `WEBHOOK_SECRET`, and records events until stopped:
//!
//! ```text
//! cargo run -p rocketchat-livechat --example crm_bridge
//! ROCKETCHAT_URL=https://chat.example.com ROCKETCHAT_USER=admin ROCKETCHAT_PASSWORD=... \
//! WEBHOOK_PUBLIC_URL=https://bridge.example.com/rocketchat WEBHOOK_SECRET=... \
//!     cargo run -p rocketchat-livechat --example crm_bridge
//! REDIS_URL=redis://127.0.0.1:6379/ ... cargo run -p rocketchat-livechat --example crm_bridge
//! ```

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use rocketchat_livechat::types::{self, builder::VisitorInput};
use rocketchat_livechat::webhook::{
    self, Dedup, Event, Payload, Receiver, RedisStore, WebhookEvents, WebhookSettings,
};
use rocketchat_livechat::{Client, Error, Result};
use rocketchat_testkit::LivechatServer;
use tokio::sync::Notify;

/// One ticket of the CRM.
#[derive(Debug, Default)]
struct Ticket {
    room_id: String,
    customer: String,
    agent: Option<String>,
    log: Vec<String>,
    transcript: Vec<String>,
    closed: bool,
}

/// The CRM: tickets by id. (Retried deliveries never reach it: the receiver answers them
/// from its store.)
#[derive(Default)]
struct Crm {
    tickets: BTreeMap<String, Ticket>,
    next: u32,
}

fn customer(event: &Event) -> String {
    let Some(visitor) = event.visitor() else {
        return "someone".into();
    };
    let name = visitor
        .name
        .clone()
        .or_else(|| visitor.username.clone())
        .unwrap_or_default();
    let email = match &visitor.email {
        Some(types::WebhookVisitorEmail::Array(emails)) => {
            emails.first().map(|e| e.address.clone())
        }
        Some(types::WebhookVisitorEmail::String(email)) => Some(email.clone()),
        None => None,
    };
    match email {
        Some(email) => format!("{name} <{email}>"),
        None => name,
    }
}

impl Crm {
    /// Records one event; answers the ticket id, which the server keeps as the room's
    /// `crmData`.
    fn record(&mut self, event: &Event) -> String {
        match event.payload() {
            Payload::SessionStart(start) => {
                self.next += 1;
                let id = format!("T-{}", 1000 + self.next);
                let customer = customer(event);
                println!(
                    "crm      {id} opened for {customer} (room {}); answered as crmData",
                    start.id
                );
                self.tickets.insert(
                    id.clone(),
                    Ticket {
                        room_id: start.id.clone(),
                        customer,
                        ..Ticket::default()
                    },
                );
                id
            }
            Payload::OfflineMessage(form) => {
                println!(
                    "crm      offline message from {:?}: {:?}",
                    form.visitor.as_ref().and_then(|v| v.name.clone()),
                    form.message
                );
                String::new()
            }
            _ => match event.crm_data().map(str::to_owned) {
                Some(id) => {
                    self.update(&id, event);
                    id
                }
                None => {
                    println!("crm      {} for a room without a ticket", kind(event));
                    String::new()
                }
            },
        }
    }

    fn update(&mut self, id: &str, event: &Event) {
        let Some(ticket) = self.tickets.get_mut(id) else {
            return;
        };
        let line = match event.payload() {
            Payload::SessionQueued(_) => "waiting in the queue".to_owned(),
            Payload::SessionTaken(taken) => {
                let agent = taken
                    .served_by
                    .as_ref()
                    .and_then(|s| s.username.clone())
                    .unwrap_or_default();
                ticket.agent = Some(agent.clone());
                format!("taken by {agent}")
            }
            Payload::SessionForwarded(forward) => {
                let name = |s: &Option<types::WebhookServedBy>| {
                    s.as_ref()
                        .and_then(|s| s.username.clone())
                        .unwrap_or_else(|| "the queue".into())
                };
                ticket.agent = forward.served_by.as_ref().and_then(|s| s.username.clone());
                format!(
                    "forwarded from {} to {}",
                    name(&forward.old_served_by),
                    name(&forward.served_by)
                )
            }
            Payload::Message(_) => {
                let Some(message) = event.messages().first() else {
                    return;
                };
                let text = message.msg.clone().unwrap_or_default();
                if message.closing_message == Some(true) {
                    format!("closed by {}: {text:?}", message.username)
                } else {
                    format!("{}: {text}", message.username)
                }
            }
            Payload::LeadCapture(_) => format!("lead captured: {}", customer(event)),
            Payload::SessionClosed(close) => {
                ticket.closed = true;
                ticket.transcript = close
                    .messages
                    .iter()
                    .map(|m| format!("{}: {}", m.username, m.msg.clone().unwrap_or_default()))
                    .collect();
                format!(
                    "closed ({} messages filed, closed by {})",
                    close.messages.len(),
                    close
                        .closer
                        .as_ref()
                        .map(|c| c.as_str())
                        .unwrap_or("someone")
                )
            }
            _ => format!("{} received", kind(event)),
        };
        println!("crm      {id} <- {:<24} {line}", kind(event));
        // `id` came back from the server as the event's crmData.
        ticket.log.push(line);
    }
}

fn kind(event: &Event) -> &str {
    event.event_type().unwrap_or("(no type)")
}

/// Where the receiver keeps the deliveries it has handled: Redis when `REDIS_URL` is set
/// (shared by every copy of the bridge), else this process's memory.
fn dedup() -> Result<Dedup> {
    match std::env::var("REDIS_URL")
        .ok()
        .filter(|url| !url.is_empty())
    {
        Some(url) => {
            let store = RedisStore::open(&url)
                .map_err(|e| Error::Config(format!("REDIS_URL: {e}")))?
                .prefix("crm-bridge:");
            // The URL may carry a password: not printed.
            println!("bridge   handled deliveries kept in Redis (REDIS_URL)");
            Ok(Dedup::new(store))
        }
        None => {
            println!("bridge   handled deliveries kept in memory (set REDIS_URL to share them)");
            Ok(Dedup::in_memory())
        }
    }
}

/// The receiver: a router that checks the secret and hands each delivery to the CRM once.
fn bridge(secret: &str, crm: Arc<Mutex<Crm>>, closed: Arc<Notify>) -> Result<axum::Router> {
    let receiver = Receiver::new(secret)?.dedup(dedup()?);
    Ok(webhook::router(receiver, move |event: Event| {
        let crm = crm.clone();
        let closed = closed.clone();
        async move {
            let answer = crm
                .lock()
                .map_err(|_| "the CRM is unavailable")?
                .record(&event);
            if matches!(event.payload(), Payload::SessionClosed(_)) {
                closed.notify_one();
            }
            Ok::<_, &str>(answer)
        }
    }))
}

#[tokio::main]
async fn main() -> ExitCode {
    let result = if std::env::var_os("ROCKETCHAT_URL").is_some() {
        against_a_server().await
    } else {
        demo().await
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("failed: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn listen(address: &str, app: axum::Router) -> Result<std::net::SocketAddr> {
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(|e| Error::Config(format!("cannot listen on {address}: {e}")))?;
    let bound = listener
        .local_addr()
        .map_err(|e| Error::Config(e.to_string()))?;
    tokio::spawn(async move {
        if let Err(error) = axum::serve(listener, app).await {
            eprintln!("the receiver stopped: {error}");
        }
    });
    Ok(bound)
}

/// The embedded server, the bridge and one chat.
async fn demo() -> Result<()> {
    let server = LivechatServer::start()
        .await
        .map_err(|e| Error::Config(format!("cannot start the embedded server: {e}")))?;
    println!(
        "server   embedded at {} (set ROCKETCHAT_URL to use a real one)",
        server.url()
    );
    // This flow takes chats from the queue, as on a server set to manual routing (the default,
    // Auto_Selection, hands each new chat to an available agent at once).
    server.set_setting(
        "Livechat_Routing_Method",
        serde_json::json!("Manual_Selection"),
    );
    server.add_admin("admin", "admin-password");
    server.add_agent("agent.smith", "smith-password");
    let jones = server.add_agent("agent.jones", "jones-password");

    let crm = Arc::new(Mutex::new(Crm::default()));
    let closed = Arc::new(Notify::new());
    let secret = "bridge-secret-1f6c";
    let address = listen("127.0.0.1:0", bridge(secret, crm.clone(), closed.clone())?).await?;
    let url = format!("http://{address}/");
    println!("bridge   listening at {url}");

    let admin = server.client()?;
    admin.login("admin", "admin-password").await?;
    admin
        .webhooks()
        .configure(&WebhookSettings::new(
            url.clone(),
            secret,
            WebhookEvents::all(),
        ))
        .await?;
    let configured = admin.webhooks().settings().await?;
    println!(
        "server   webhook -> {} (secret set: {}, every event on: {})",
        configured.url,
        !configured.secret.expose_secret().is_empty(),
        configured.events == WebhookEvents::all()
    );

    let smith = server.client()?;
    smith.login("agent.smith", "smith-password").await?;
    let jones_client = server.client()?;
    jones_client.login("agent.jones", "jones-password").await?;
    let visitor = server.client()?.visitor("crm-demo-visitor");
    let room = visitor
        .start(
            VisitorInput::default()
                .name("Ada Lovelace".to_owned())
                .email("ada@example.com".to_owned()),
        )
        .await?;
    visitor
        .send(&room.id, "Hello, my order 4711 has not arrived")
        .await?;
    smith.inquiries().take_next(None).await?;
    smith
        .rooms()
        .send(&room.id, "Sorry to hear that, let me check.")
        .await?;
    smith
        .rooms()
        .forward_to_agent(&room.id, &jones.id, Some("Shipping question"))
        .await?;
    jones_client
        .rooms()
        .send(
            &room.id,
            "It ships tomorrow; you will get a tracking number.",
        )
        .await?;
    visitor.send(&room.id, "Great, thank you!").await?;
    jones_client
        .rooms()
        .close(&room.id, Some("Resolved"))
        .await?;

    tokio::time::timeout(std::time::Duration::from_secs(30), closed.notified())
        .await
        .map_err(|_| Error::Config("the close event did not arrive within 30 s".into()))?;

    let crm = crm
        .lock()
        .map_err(|_| Error::Config("the CRM lock".into()))?;
    for (id, ticket) in &crm.tickets {
        println!(
            "\nticket {id}: {} (room {}), agent {}, {}",
            ticket.customer,
            ticket.room_id,
            ticket.agent.as_deref().unwrap_or("none"),
            if ticket.closed { "closed" } else { "open" }
        );
        for line in &ticket.log {
            println!("  - {line}");
        }
        println!("  transcript:");
        for line in &ticket.transcript {
            println!("    {line}");
        }
    }
    let ticket = crm
        .tickets
        .values()
        .next()
        .ok_or_else(|| Error::Config("no ticket was opened".into()))?;
    if !ticket.closed || ticket.transcript.len() != 5 {
        return Err(Error::Config(format!(
            "the CRM recorded an incomplete chat: {ticket:?}"
        )));
    }
    Ok(())
}

/// A real server: configure its webhook, then record events until stopped.
async fn against_a_server() -> Result<()> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let listen_on = env("WEBHOOK_LISTEN").unwrap_or_else(|| "0.0.0.0:8080".into());
    let public_url = env("WEBHOOK_PUBLIC_URL").ok_or_else(|| {
        Error::Config(
            "set WEBHOOK_PUBLIC_URL to the address the server reaches the bridge at".into(),
        )
    })?;
    let secret = env("WEBHOOK_SECRET")
        .ok_or_else(|| Error::Config("set WEBHOOK_SECRET (shared with the server)".into()))?;
    let admin = Client::from_env().await?;
    let crm = Arc::new(Mutex::new(Crm::default()));
    let address = listen(&listen_on, bridge(&secret, crm, Arc::new(Notify::new()))?).await?;
    println!("bridge   listening on {address}");
    admin
        .webhooks()
        .configure(&WebhookSettings::new(
            public_url.clone(),
            secret,
            WebhookEvents::all(),
        ))
        .await?;
    println!("server   webhook -> {public_url}; sending the server's test event");
    if let Err(error) = admin.webhooks().test().await {
        println!("server   the test event failed: {error}");
    }
    println!("bridge   recording events; Ctrl-C stops");
    tokio::signal::ctrl_c()
        .await
        .map_err(|e| Error::Config(e.to_string()))?;
    Ok(())
}
