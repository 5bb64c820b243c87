//! A support bot on live events: it is told of each new chat by push, takes it, follows the
//! room and answers every visitor message as it arrives, typing first.
//!
//! With nothing set it starts the embedded server, seeds the bot agent and plays a visitor
//! who writes three messages, sees the bot typing, reads each answer and closes the chat;
//! every event is printed with the time since the message that caused it was sent. With
//! `ROCKETCHAT_URL` and the bot's credentials (`ROCKETCHAT_USER` + `ROCKETCHAT_PASSWORD`, or
//! `ROCKETCHAT_USER_ID` + `ROCKETCHAT_AUTH_TOKEN`) it is that server's bot, until stopped:
//!
//! ```text
//! cargo run -p rocketchat-livechat --example realtime_bot
//! ROCKETCHAT_URL=https://chat.example.com ROCKETCHAT_USER=bot ROCKETCHAT_PASSWORD=... \
//!     cargo run -p rocketchat-livechat --example realtime_bot
//! ```

use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use rocketchat_livechat::realtime::{AgentEvent, RoomEvent};
use rocketchat_livechat::types::{self, builder::VisitorInput};
use rocketchat_livechat::{Client, Result};
use rocketchat_testkit::LivechatServer;

/// When the last message was sent, to print each event's delay from it.
#[derive(Clone)]
struct Clock(Arc<Mutex<Instant>>);

impl Clock {
    fn new() -> Self {
        Self(Arc::new(Mutex::new(Instant::now())))
    }
    fn sent(&self) {
        *self.0.lock().unwrap() = Instant::now();
    }
    fn since_sent(&self) -> String {
        let elapsed = self.0.lock().unwrap().elapsed();
        format!("{:>7.2} ms", elapsed.as_secs_f64() * 1000.0)
    }
}

/// How long the embedded demo may take before it gives up with an error instead of waiting
/// forever (it takes well under a second).
const DEMO_DEADLINE: Duration = Duration::from_secs(30);

#[tokio::main]
async fn main() -> ExitCode {
    let clock = Clock::new();
    let result = if std::env::var_os("ROCKETCHAT_URL").is_some() {
        match Client::from_env().await {
            Ok(bot) => run_bot(bot, clock, None).await,
            Err(error) => Err(error),
        }
    } else {
        match tokio::time::timeout(DEMO_DEADLINE, demo(clock)).await {
            Ok(result) => result,
            Err(_) => Err(rocketchat_livechat::Error::Config(format!(
                "the demo did not finish within {DEMO_DEADLINE:?}"
            ))),
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("failed: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The embedded server, the bot, and one visitor's conversation.
async fn demo(clock: Clock) -> Result<()> {
    let server = match LivechatServer::start().await {
        Ok(server) => server,
        Err(error) => {
            return Err(rocketchat_livechat::Error::Config(format!(
                "cannot start the embedded server: {error}"
            )))
        }
    };
    // This flow takes chats from the queue, as on a server set to manual routing (the default,
    // Auto_Selection, hands each new chat to an available agent at once).
    server.set_setting(
        "Livechat_Routing_Method",
        serde_json::json!("Manual_Selection"),
    );
    server.add_agent("support.bot", "bot-password");
    println!(
        "server   embedded at {} (set ROCKETCHAT_URL to use a real one)",
        server.url()
    );
    let bot = server.client()?;
    bot.login("support.bot", "bot-password").await?;
    println!("bot      logged in as support.bot; listening for chats");

    // The bot ends after its first chat here; on a real server it runs on.
    let bot_task = tokio::spawn(run_bot(bot, clock.clone(), Some(1)));
    let visitor_result = visitor(server.client()?, clock).await;
    let bot_result = bot_task
        .await
        .unwrap_or_else(|e| Err(rocketchat_livechat::Error::Config(e.to_string())));
    visitor_result.and(bot_result)
}

/// A visitor who writes, waits for each answer, and closes.
async fn visitor(client: Client, clock: Clock) -> Result<()> {
    let visitor = client.visitor("demo-visitor-5c1e9a");
    let room = visitor
        .start(VisitorInput::default().name("Ada".to_owned()))
        .await?;
    let mut events = visitor.events(&room.id).await?;
    println!("visitor  opened room {}; waiting for an agent", room.id);
    clock.sent();
    // The widget waits for the agent's greeting before the visitor writes.
    loop {
        let Some(event) = events.try_next().await? else {
            return Ok(());
        };
        let at = clock.since_sent();
        match event {
            RoomEvent::Message(m) if m.t.is_none() && m.token.is_none() => {
                println!("visitor  < {}  (+{at})", m.msg);
                break;
            }
            RoomEvent::AgentChanged(Some(types::VisitorAgent::AgentInfo(agent))) => {
                println!("visitor  . now served by {}  (+{at})", agent.username)
            }
            other => println!("visitor  . {}  (+{at})", describe(&other)),
        }
    }
    for question in [
        "Hello, my order has not arrived",
        "It is order 4711",
        "Thanks, that helps!",
    ] {
        clock.sent();
        visitor.send(&room.id, question).await?;
        println!("visitor  > {question}");
        // Wait for the bot's answer, printing what happens meanwhile.
        loop {
            let Some(event) = events.try_next().await? else {
                return Ok(());
            };
            let at = clock.since_sent();
            match event {
                RoomEvent::Message(m) if m.t.is_none() && m.token.is_none() => {
                    println!("visitor  < {}  (+{at})", m.msg);
                    break;
                }
                RoomEvent::Message(m) if m.t.is_none() => {
                    println!("visitor  . own message echoed  (+{at})");
                }
                RoomEvent::Typing {
                    username,
                    typing: true,
                } => println!("visitor  . {username} is typing  (+{at})"),
                RoomEvent::AgentChanged(Some(types::VisitorAgent::AgentInfo(agent))) => {
                    println!("visitor  . now served by {}  (+{at})", agent.username)
                }
                other => println!("visitor  . {}  (+{at})", describe(&other)),
            }
        }
    }
    visitor.close(&room.id).await?;
    while let Some(event) = events.try_next().await? {
        if let RoomEvent::Closed(_) = event {
            println!("visitor  room closed; the stream ends");
        }
    }
    Ok(())
}

fn describe(event: &RoomEvent) -> String {
    match event {
        RoomEvent::Message(m) => format!(
            "message {:?} ({})",
            m.msg,
            m.t.as_ref().map(|t| t.as_str()).unwrap_or("")
        ),
        RoomEvent::Typing { username, typing } => format!("{username} typing={typing}"),
        other => format!("{other:?}"),
    }
}

/// The bot: takes each queued chat it is told of, follows the rooms routed to it, answers.
/// With `chats`, ends after that many chats have closed.
async fn run_bot(bot: Client, clock: Clock, chats: Option<usize>) -> Result<()> {
    let me = bot.user_id().unwrap_or_default();
    // Both streams begin with what is there now (chats already waiting, rooms already routed
    // to the bot), then go on with the changes: nothing to list by hand.
    let mut queue = bot.realtime().queue(None).await?;
    let mut assignments = bot.realtime().assignments().await?;
    let mut rooms = tokio::task::JoinSet::new();
    let mut closed = 0;
    loop {
        tokio::select! {
            event = queue.try_next() => {
                let Some(event) = event? else { return Ok(()) };
                if event.type_ == types::InquiryChangeType::Added {
                    println!("bot      new chat queued: {} (+{})", event.name.clone(), clock.since_sent());
                    match bot.inquiries().take(&event.id).await {
                        Ok(()) => println!("bot      took it"),
                        Err(error) if error.error_type() == Some("error-inquiry-taken") => {
                            println!("bot      already taken")
                        }
                        Err(error) => println!("bot      could not take it: {error}"),
                    }
                }
            }
            event = assignments.try_next() => {
                let Some(event) = event? else { return Ok(()) };
                if let AgentEvent::Subscription { action: types::ClientAction::Inserted, subscription } = &event {
                    if let Some(rid) = event.assigned_room() {
                        println!("bot      room {rid} is mine (visitor {})  (+{})",
                                 subscription.fname.clone().unwrap_or_default(), clock.since_sent());
                        rooms.spawn(serve_room(bot.clone(), rid.to_owned(), me.clone(), clock.clone()));
                    }
                }
            }
            Some(done) = rooms.join_next(), if !rooms.is_empty() => {
                done.unwrap_or_else(|e| Err(rocketchat_livechat::Error::Config(e.to_string())))?;
                closed += 1;
                if chats.is_some_and(|chats| closed >= chats) {
                    return Ok(());
                }
            }
        }
    }
}

/// Answers every visitor message of room `rid` until it closes.
async fn serve_room(bot: Client, rid: String, me: String, clock: Clock) -> Result<()> {
    // The stream begins at the room's first message, so what the visitor wrote before the bot
    // followed the room comes first. A bot that stores `event.cursor()` can resume after a
    // restart with `.after(cursor)` instead.
    let mut events = bot.realtime().room(&rid).await?;
    bot.rooms()
        .send(&rid, "Hi, I am the support bot. How can I help?")
        .await?;
    while let Some(event) = events.try_next().await? {
        let at = clock.since_sent();
        match event {
            RoomEvent::Message(message) if message.t.is_none() && message.u.id != me => {
                let text = message.msg;
                println!("bot      < {text}  (+{at})");
                bot.realtime().typing(&rid, true).await?;
                // A moment to "think", so the visitor sees the typing indicator first.
                tokio::time::sleep(Duration::from_millis(20)).await;
                let answer = answer(&text);
                bot.rooms().send(&rid, &answer).await?;
                bot.realtime().typing(&rid, false).await?;
                println!("bot      > {answer}");
            }
            RoomEvent::Closed(_) => {
                println!("bot      room {rid} closed  (+{at})");
            }
            _ => {}
        }
    }
    Ok(())
}

fn answer(question: &str) -> String {
    let lower = question.to_lowercase();
    if lower.contains("order") && lower.chars().any(|c| c.is_ascii_digit()) {
        "Order found: it ships tomorrow.".to_owned()
    } else if lower.contains("order") {
        "Sorry to hear that. What is the order number?".to_owned()
    } else if lower.contains("thank") {
        "You are welcome! Closing this chat when you are done.".to_owned()
    } else {
        format!("You said: {question}")
    }
}
