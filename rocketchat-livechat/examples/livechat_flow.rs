//! A whole support conversation: a visitor registers and writes, an agent logs in, sees the
//! inquiry, takes it and answers, the visitor reads the answer, the agent closes the room.
//!
//! With nothing set it starts the embedded server (`testkit`) and seeds an agent. With
//! `ROCKETCHAT_URL` set it runs against that server, as the agent in `ROCKETCHAT_USER` +
//! `ROCKETCHAT_PASSWORD` (or `ROCKETCHAT_USER_ID` + `ROCKETCHAT_AUTH_TOKEN`):
//!
//! ```text
//! cargo run -p rocketchat-livechat --example livechat_flow
//! ROCKETCHAT_URL=http://localhost:3000 ROCKETCHAT_USER=agent ROCKETCHAT_PASSWORD=... \
//!     cargo run -p rocketchat-livechat --example livechat_flow
//! ```

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use rocketchat_livechat::types::builder::VisitorInput;
use rocketchat_livechat::{Client, Result};
use rocketchat_testkit::LivechatServer;

#[tokio::main]
async fn main() -> ExitCode {
    // Keeps the embedded server alive for the whole conversation.
    let mut embedded = None;
    let agent = if std::env::var_os("ROCKETCHAT_URL").is_some() {
        Client::from_env().await
    } else {
        match start_embedded().await {
            Ok((server, client)) => {
                embedded = Some(server);
                Ok(client)
            }
            Err(error) => {
                eprintln!("failed to start the embedded server: {error}");
                return ExitCode::FAILURE;
            }
        }
    };
    let result = match agent {
        Ok(agent) => conversation(&agent).await,
        Err(error) => Err(error),
    };
    drop(embedded);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("failed: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The embedded server with one agent in one department, and a client logged in as the agent.
async fn start_embedded(
) -> std::result::Result<(LivechatServer, Client), Box<dyn std::error::Error>> {
    let server = LivechatServer::start().await?;
    // This flow takes chats from the queue, as on a server set to manual routing (the default,
    // Auto_Selection, hands each new chat to an available agent at once).
    server.set_setting(
        "Livechat_Routing_Method",
        serde_json::json!("Manual_Selection"),
    );
    let agent = server.add_agent("agent.smith", "correct horse battery staple");
    server.add_department("Sales", &[&agent.id]);
    println!(
        "server        embedded at {} (set ROCKETCHAT_URL to use a real one)",
        server.url()
    );
    let client = server.client()?;
    client
        .login(&agent.username, "correct horse battery staple")
        .await?;
    Ok((server, client))
}

async fn conversation(agent: &Client) -> Result<()> {
    println!("server        {}", agent.base_url());

    // The visitor side needs no login; the token is ours to choose.
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let visitor = agent.visitor(format!("demo-{nanos:x}"));
    let registered = visitor
        .register(
            VisitorInput::default()
                .name("Ada (demo)".to_owned())
                .email("ada@example.com".to_owned()),
        )
        .await?;
    println!("visitor       registered as {}", registered.username);
    let (room, new) = visitor.room().await?;
    println!(
        "visitor       {} room {}",
        if new { "opened" } else { "resumed" },
        room.id
    );
    visitor
        .send(&room.id, "Hello, I need help with my order")
        .await?;
    println!("visitor       > Hello, I need help with my order");

    let me = agent.me().await?;
    println!(
        "agent         logged in as {}",
        me.username.as_deref().unwrap_or("?")
    );
    let queue = agent.inquiries().queued().await?;
    println!("agent         {} inquiries queued", queue.inquiries.len());
    match queue
        .inquiries
        .iter()
        .find(|inquiry| inquiry.rid == room.id)
    {
        Some(inquiry) => {
            agent.inquiries().take(&inquiry.id).await?;
            println!("agent         took inquiry {}", inquiry.id);
        }
        None => println!("agent         the room was routed straight to an agent; nothing to take"),
    }
    agent
        .rooms()
        .send(&room.id, "Sure, what is the order number?")
        .await?;
    println!("agent         > Sure, what is the order number?");

    let history = visitor.history(&room.id).await?;
    if let Some(answer) = history.iter().find(|m| m.u.id == me.id) {
        println!("visitor       < {}", answer.msg);
    }
    agent
        .rooms()
        .close(&room.id, Some("Solved in the demo"))
        .await?;
    println!("agent         closed room {}", room.id);
    Ok(())
}
