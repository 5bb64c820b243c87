//! `rocketchat webhooks listen`: points the server's Omnichannel webhook here for as long as
//! it runs, verifies and prints each event, optionally forwards it to a local endpoint, and
//! puts the server's settings back when stopped.

use std::net::SocketAddr;

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use rocketchat_livechat::webhook::{Event, Receiver, WebhookEvents, WebhookSettings, TOKEN_HEADER};
use rocketchat_livechat::Client;
use rocketchat_testkit::LivechatServer;
use serde_json::Value;

use crate::connect::Connection;
use crate::exit::Exit;
use crate::follow::EventFormat;
use crate::output::{self, Format};

/// `rocketchat webhooks`.
#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: WebhooksCommand,
}

#[derive(clap::Subcommand)]
enum WebhooksCommand {
    /// Receive the server's webhook events here until Ctrl-C, then restore its settings.
    Listen(ListenArgs),
}

/// `rocketchat webhooks listen`.
#[derive(clap::Args)]
struct ListenArgs {
    /// Where to listen for the server's deliveries (port 0: any free port).
    #[arg(long, default_value = "127.0.0.1:0")]
    address: SocketAddr,
    /// The URL the server should post to, when it cannot reach --address as it is (a
    /// tunnel, a container's host name).
    #[arg(long, value_name = "URL")]
    public_url: Option<String>,
    /// Forward each verified event to this endpoint (with the same secret header) and answer
    /// the server with its answer, so its text becomes the room's crmData.
    #[arg(long, value_name = "URL")]
    forward_to: Option<String>,
    /// The secret the server sends in X-RocketChat-Livechat-Token (random unless set).
    #[arg(long, env = "ROCKETCHAT_WEBHOOK_SECRET", hide_env_values = true)]
    secret: Option<String>,
    /// The events to ask for: all, or a comma-separated list of chat_start, chat_queued,
    /// chat_taken, chat_forwarded, chat_closed, visitor_message, agent_message,
    /// offline_message, lead_capture.
    #[arg(long, default_value = "all")]
    events: String,
    /// text (default) or json (each event's body as a JSON line).
    #[arg(short, long, value_enum, default_value_t = EventFormat::Text)]
    output: EventFormat,
    /// Start an embedded server here first (on --embedded-address) and listen to it: the
    /// whole loop on one machine. Its URL and an administrator's token go to stderr as
    /// KEY=value lines, for `rocketchat call` in another shell.
    #[arg(long, conflicts_with = "url")]
    embedded: bool,
    /// Where the embedded server listens.
    #[arg(long, default_value = "127.0.0.1:3000", requires = "embedded")]
    embedded_address: SocketAddr,
    #[command(flatten)]
    connection: Connection,
}

/// The client to configure the webhook with: with `--embedded`, of the embedded server this
/// starts (kept alive beside it), as its administrator; else from the connection flags.
async fn client_of(args: &ListenArgs) -> Result<(Option<LivechatServer>, Client), Exit> {
    if !args.embedded {
        return Ok((None, args.connection.client().await?));
    }
    let server = LivechatServer::builder()
        .address(args.embedded_address)
        .start()
        .await
        .map_err(|e| {
            Exit::failure(format!(
                "error: cannot listen on {}: {e}",
                args.embedded_address
            ))
        })?;
    server.set_setting("API_Enable_CORS", Value::Bool(true));
    let admin = server.add_admin("admin", "admin");
    let token = server.add_personal_access_token(&admin.id);
    eprintln!("ROCKETCHAT_URL={}", server.url());
    eprintln!("ROCKETCHAT_USER_ID={}", admin.id);
    eprintln!("ROCKETCHAT_AUTH_TOKEN={token}");
    let client = server.client()?;
    client.use_token(admin.id, token);
    Ok((Some(server), client))
}

fn events_of(text: &str) -> Result<WebhookEvents, Exit> {
    if text == "all" {
        return Ok(WebhookEvents::all());
    }
    let mut events = WebhookEvents::none();
    for name in text.split(',').map(str::trim) {
        let toggle = match name {
            "chat_start" => &mut events.chat_start,
            "chat_queued" => &mut events.chat_queued,
            "chat_taken" => &mut events.chat_taken,
            "chat_forwarded" => &mut events.chat_forwarded,
            "chat_closed" => &mut events.chat_closed,
            "visitor_message" => &mut events.visitor_message,
            "agent_message" => &mut events.agent_message,
            "offline_message" => &mut events.offline_message,
            "lead_capture" => &mut events.lead_capture,
            other => return Err(Exit::usage(format!("error: no webhook event `{other}`"))),
        };
        *toggle = true;
    }
    Ok(events)
}

/// What the receiving task needs.
#[derive(Clone)]
struct Relay {
    receiver: std::sync::Arc<Receiver>,
    secret: String,
    forward_to: Option<String>,
    http: reqwest::Client,
    format: EventFormat,
}

pub(crate) async fn run(args: Args) -> Result<(), Exit> {
    let WebhooksCommand::Listen(args) = args.command;
    let events = events_of(&args.events)?;
    // Kept alive until the end: dropping it stops the embedded server.
    let (_server, client) = client_of(&args).await?;
    let secret = args.secret.clone().unwrap_or_else(random_secret);
    let listener = tokio::net::TcpListener::bind(args.address)
        .await
        .map_err(|e| Exit::failure(format!("error: cannot listen on {}: {e}", args.address)))?;
    let address = listener
        .local_addr()
        .map_err(|e| Exit::failure(format!("error: {e}")))?;
    let url = args
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{address}/"));

    let saved = client.webhooks().settings().await?;
    let relay = Relay {
        receiver: std::sync::Arc::new(Receiver::new(secret.clone())?),
        secret: secret.clone(),
        forward_to: args.forward_to.clone(),
        http: reqwest::Client::new(),
        format: args.output,
    };
    let app = axum::Router::new().route(
        "/",
        axum::routing::post(move |headers: HeaderMap, body: Bytes| {
            let relay = relay.clone();
            async move { relay.deliver(headers, body).await }
        }),
    );
    let (stop_server, server_stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = server_stopped.await;
            })
            .await
    });
    client
        .webhooks()
        .configure(
            &WebhookSettings::new(url.clone(), secret.clone(), events).timeout(saved.timeout),
        )
        .await?;
    eprintln!("rocketchat: the server's webhook now posts to {url}");
    match &args.forward_to {
        Some(target) => {
            eprintln!("rocketchat: forwarding each event to {target} with {TOKEN_HEADER}: {secret}")
        }
        None => eprintln!("rocketchat: the webhook secret is {secret}"),
    }
    eprintln!("rocketchat: Ctrl-C stops and restores the server's webhook settings");
    crate::stopped().await;
    let restored = client.webhooks().configure(&saved).await;
    let _ = stop_server.send(());
    let _ = serving.await;
    restored?;
    eprintln!("rocketchat: the server's webhook settings are restored");
    Ok(())
}

impl Relay {
    async fn deliver(&self, headers: HeaderMap, body: Bytes) -> (StatusCode, String) {
        let event = match self.receiver.verify_and_parse(&headers, &body) {
            Ok(event) => event,
            Err(error) => {
                eprintln!("rocketchat: refused a delivery: {error}");
                let status =
                    StatusCode::from_u16(error.status()).unwrap_or(StatusCode::BAD_REQUEST);
                return (status, error.to_string());
            }
        };
        let raw: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        // A closed stdout does not stop the deliveries.
        let _ = match self.format {
            EventFormat::Json => output::print(Format::Jsonl, &raw),
            EventFormat::Text => output::print_line(&line(&event, &raw)),
        };
        let Some(target) = &self.forward_to else {
            // The room's crmData stays what it was.
            return (
                StatusCode::OK,
                event.crm_data().unwrap_or_default().to_owned(),
            );
        };
        let forwarded = self
            .http
            .post(target)
            .header(TOKEN_HEADER, &self.secret)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await;
        match forwarded {
            Ok(answer) => {
                let status = StatusCode::from_u16(answer.status().as_u16())
                    .unwrap_or(StatusCode::BAD_GATEWAY);
                let text = answer.text().await.unwrap_or_default();
                eprintln!("  -> {target}: {}", status.as_u16());
                (status, text)
            }
            Err(error) => {
                // 503: the server delivers the event again later, nothing is lost.
                eprintln!("  -> {target}: not delivered ({error}); the server will retry");
                (StatusCode::SERVICE_UNAVAILABLE, String::new())
            }
        }
    }
}

/// A readable line for an event: its type, room, visitor, agent and messages.
fn line(event: &Event, raw: &Value) -> String {
    let mut line = event.event_type().unwrap_or("(no type)").to_owned();
    if let Some(room) = event.room_id() {
        line.push_str(&format!(" room {room}"));
    }
    if let Some(name) = raw["visitor"]["name"].as_str() {
        line.push_str(&format!(" visitor {name}"));
    }
    if let Some(username) = raw["agent"]["username"].as_str() {
        line.push_str(&format!(" agent {username}"));
    }
    for message in raw["messages"].as_array().into_iter().flatten() {
        line.push_str(&format!(
            "\n  {}: {}",
            message["username"].as_str().unwrap_or("?"),
            message["msg"].as_str().unwrap_or_default()
        ));
    }
    line
}

/// 32 random hex digits: a secret for a local listener (set --secret for a lasting one).
fn random_secret() -> String {
    (0..32)
        .map(|_| char::from_digit(fastrand::u32(0..16), 16).unwrap_or('0'))
        .collect()
}
