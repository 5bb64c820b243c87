//! A whole support conversation: a visitor registers and writes, an agent logs in, sees the
//! inquiry, takes it and answers, the visitor reads the answer, the agent closes the room.
//!
//! Runs against the server in `ROCKETCHAT_URL`, as the agent in `ROCKETCHAT_USER` +
//! `ROCKETCHAT_PASSWORD` (or `ROCKETCHAT_USER_ID` + `ROCKETCHAT_AUTH_TOKEN`):
//!
//! ```text
//! ROCKETCHAT_URL=http://localhost:3000 ROCKETCHAT_USER=agent ROCKETCHAT_PASSWORD=... \
//!     cargo run -p rocketchat-livechat --example livechat_flow
//! ```

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use rocketchat_livechat::types::builder::VisitorInput;
use rocketchat_livechat::{Client, Result};

#[tokio::main]
async fn main() -> ExitCode {
    if std::env::var_os("ROCKETCHAT_URL").is_none() {
        eprintln!(
            "livechat_flow plays a support conversation against a Rocket.Chat server.\n\
             Set ROCKETCHAT_URL, and the agent's ROCKETCHAT_USER + ROCKETCHAT_PASSWORD\n\
             (or ROCKETCHAT_USER_ID + ROCKETCHAT_AUTH_TOKEN), then run it again."
        );
        return ExitCode::from(2);
    }
    match conversation().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("failed: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn conversation() -> Result<()> {
    let agent = Client::from_env().await?;
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
    println!(
        "visitor       registered as {}",
        registered.username.as_deref().unwrap_or("?")
    );
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
    let queue = agent.inquiries().list(|q| q).await?;
    println!("agent         {} inquiries queued", queue.inquiries.len());
    match queue
        .inquiries
        .iter()
        .find(|inquiry| inquiry.rid.as_deref() == Some(room.id.as_str()))
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
    if let Some(answer) = history
        .iter()
        .find(|m| m.u.as_ref().map(|u| &u.id) == Some(&me.id))
    {
        println!(
            "visitor       < {}",
            answer.msg.as_deref().unwrap_or_default()
        );
    }
    agent
        .rooms()
        .close(&room.id, Some("Solved in the demo"))
        .await?;
    println!("agent         closed room {}", room.id);
    Ok(())
}
