//! `rocketchat tail` and `rocketchat watch`: the library's realtime streams (which reconnect,
//! resubscribe and fill gaps by themselves) printed as readable lines or JSON lines.

use futures::{Stream, StreamExt};
use rocketchat_livechat::{RoomCursor, Start};
use serde::Serialize;
use serde_json::Value;

use crate::connect::Connection;
use crate::exit::Exit;
use crate::output::{self, Format};

/// How events are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum EventFormat {
    /// One readable line per event.
    Text,
    /// One JSON object per line: `{"event": "message", "data": {...}}`.
    Json,
}

/// `rocketchat tail`.
#[derive(clap::Args)]
pub(crate) struct TailArgs {
    /// The room id.
    rid: String,
    /// Follow as the room's visitor (with its token) instead of a logged-in agent.
    #[arg(long, env = "ROCKETCHAT_VISITOR_TOKEN", hide_env_values = true)]
    visitor_token: Option<String>,
    /// Print the last N messages first, then follow (0: only what is sent from now on).
    #[arg(short = 'n', long = "lines", value_name = "N", default_value_t = 10)]
    lines: usize,
    /// Print the messages sent since this time first (RFC 3339, e.g. 2026-12-07T09:00:00Z).
    #[arg(long, value_name = "TIME", conflicts_with_all = ["lines", "after"])]
    since: Option<chrono::DateTime<chrono::Utc>>,
    /// Print the messages after this cursor first (the `cursor` of a JSON line printed before):
    /// resume where an earlier run stopped.
    #[arg(long, value_name = "CURSOR", conflicts_with = "lines")]
    after: Option<String>,
    /// text (default) or json (JSON lines, each message with its `cursor`).
    #[arg(short, long, value_enum, default_value_t = EventFormat::Text)]
    output: EventFormat,
    #[command(flatten)]
    connection: Connection,
}

impl TailArgs {
    /// Where the stream begins, from `-n`, `--since` and `--after`.
    fn start(&self) -> Result<Start, Exit> {
        if let Some(cursor) = &self.after {
            let cursor: RoomCursor = cursor
                .parse()
                .map_err(|error| Exit::usage(format!("error: --after: {error}")))?;
            return Ok(Start::After(cursor));
        }
        Ok(match self.since {
            Some(since) => Start::Since(since),
            None => Start::Last(self.lines),
        })
    }
}

/// What `watch` follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Watched {
    /// The inquiry queue: chats waiting for an agent (added, changed, taken, removed).
    Queue,
    /// Your own assignments: rooms routed to you, and their changes.
    Assignments,
}

/// `rocketchat watch`.
#[derive(clap::Args)]
pub(crate) struct WatchArgs {
    /// queue or assignments.
    #[arg(value_enum)]
    what: Watched,
    /// The department whose queue to follow (default: the public queue).
    #[arg(long)]
    department: Option<String>,
    /// Only what changes from now on: without it, what is there now comes first (the chats
    /// waiting, the rooms routed to you).
    #[arg(long)]
    changes_only: bool,
    /// text (default) or json (JSON lines).
    #[arg(short, long, value_enum, default_value_t = EventFormat::Text)]
    output: EventFormat,
    #[command(flatten)]
    connection: Connection,
}

pub(crate) async fn tail(args: TailArgs) -> Result<(), Exit> {
    let start = args.start()?;
    let client = args.connection.client().await?;
    let events = match &args.visitor_token {
        Some(token) => {
            client
                .visitor(token.clone())
                .events(&args.rid)
                .start(start)
                .await?
        }
        None if args.connection.has_login() => {
            client.realtime().room(&args.rid).start(start).await?
        }
        None => {
            return Err(Exit::usage(
                "error: tail needs a login (--user/--password or --user-id/--auth-token), or --visitor-token",
            ))
        }
    };
    // Said once subscribed, so that what is sent after it is seen.
    eprintln!("following room {} (Ctrl-C to stop)", args.rid);
    // Each message carries its cursor, for `--after` in a later run.
    let events = events.map(|event| {
        event.map(|event| {
            let mut json = serde_json::to_value(&event).unwrap_or_default();
            if let (Some(cursor), Value::Object(fields)) = (event.cursor(), &mut json) {
                fields.insert("cursor".to_owned(), Value::from(cursor.to_string()));
            }
            json
        })
    });
    print_events(events, args.output, None).await
}

pub(crate) async fn watch(args: WatchArgs) -> Result<(), Exit> {
    if !args.connection.has_login() {
        return Err(Exit::usage(
            "error: watch needs a login (--user/--password or --user-id/--auth-token)",
        ));
    }
    let client = args.connection.client().await?;
    let realtime = client.realtime();
    match args.what {
        Watched::Queue => {
            let mut queue = realtime.queue(args.department.as_deref());
            if args.changes_only {
                queue = queue.changes_only();
            }
            let events = queue.await?;
            eprintln!("following the inquiry queue (Ctrl-C to stop)");
            // A queue event is the inquiry itself: named like the room and agent events.
            print_events(events, args.output, Some("inquiry")).await
        }
        Watched::Assignments => {
            let mut assignments = realtime.assignments();
            if args.changes_only {
                assignments = assignments.changes_only();
            }
            let events = assignments.await?;
            eprintln!("following your assignments (Ctrl-C to stop)");
            print_events(events, args.output, None).await
        }
    }
}

/// Prints each event until the stream ends, fails, or Ctrl-C, as JSON: `{"event", "data"}`
/// as the library's events serialize, or `{"event": <name>, "data": <event>}` for events that
/// are a model (`name`).
async fn print_events<S, T>(events: S, format: EventFormat, name: Option<&str>) -> Result<(), Exit>
where
    S: Stream<Item = rocketchat_livechat::Result<T>> + Unpin,
    T: Serialize,
{
    let mut events = events;
    let stop = crate::stopped();
    tokio::pin!(stop);
    loop {
        let event = tokio::select! {
            event = events.next() => event,
            () = &mut stop => return Ok(()),
        };
        let Some(event) = event else {
            eprintln!("the stream ended");
            return Ok(());
        };
        let Ok(data) = serde_json::to_value(event?) else {
            continue;
        };
        let json = match name {
            Some(name) => serde_json::json!({"event": name, "data": data}),
            None => data,
        };
        match format {
            EventFormat::Json => output::print(Format::Jsonl, &json)?,
            EventFormat::Text => output::print_line(&text(&json))?,
        }
    }
}

/// A readable line for an event as JSON (`{"event", "data"}`).
pub(crate) fn text(event: &Value) -> String {
    let data = &event["data"];
    let s = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    let who = |m: &Value| {
        m["u"]["username"]
            .as_str()
            .or_else(|| m["u"]["name"].as_str())
            .unwrap_or("?")
            .to_owned()
    };
    let time = |m: &Value| {
        let ts = s(&m["ts"]);
        ts.get(11..19).map_or(ts.clone(), str::to_owned)
    };
    match event["event"].as_str().unwrap_or_default() {
        "message" if data["t"].is_string() => format!(
            "{} * {} [{}] {}",
            time(data),
            who(data),
            s(&data["t"]),
            s(&data["msg"])
        ),
        "message" => format!("{} {}: {}", time(data), who(data), s(&data["msg"])),
        "edited" => format!("{} {} (edited): {}", time(data), who(data), s(&data["msg"])),
        "deleted" => format!("message {} deleted", s(&data["id"])),
        "typing" if data["typing"] == true => format!("{} is typing", s(&data["username"])),
        "typing" => format!("{} stopped typing", s(&data["username"])),
        "agent_changed" if data.is_null() => "back in the queue".to_owned(),
        "agent_changed" => format!(
            "agent: {}",
            data["username"]
                .as_str()
                .unwrap_or_else(|| data["_id"].as_str().unwrap_or("?"))
        ),
        "agent_status" => format!("agent status: {}", data.as_str().unwrap_or("?")),
        "queue_position" => format!("queue position: {}", data["position"]),
        "visitor_changed" => format!("visitor changed: {}", s(&data["name"])),
        "closed" => format!(
            "{} closed by {}: {}",
            time(data),
            who(data),
            s(&data["msg"])
        ),
        "subscription" => format!(
            "subscription {}: room {} ({})",
            s(&data["action"]),
            s(&data["subscription"]["rid"]),
            s(&data["subscription"]["name"])
        ),
        "room" => format!(
            "room {}: {} ({}){}",
            s(&data["action"]),
            s(&data["room"]["_id"]),
            s(&data["room"]["fname"]),
            // Closing unsets `open` (older servers wrote false); `closedAt` says it either way.
            if data["room"]["open"] == false || data["room"].get("closedAt").is_some() {
                ", closed"
            } else {
                ""
            }
        ),
        "inquiry" => format!(
            "inquiry {} {}: room {} {} ({})",
            data["_id"].as_str().unwrap_or("?"),
            data["status"].as_str().unwrap_or("?"),
            s(&data["rid"]),
            s(&data["name"]),
            s(&data["message"])
        ),
        other => format!("{other}: {data}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn events_read_as_lines() {
        let message = json!({"event": "message", "data": {
            "msg": "Hello", "ts": "2026-12-04T10:11:12.000Z", "u": {"_id": "v", "username": "guest-1"}}});
        assert_eq!(text(&message), "10:11:12 guest-1: Hello");
        let typing = json!({"event": "typing", "data": {"username": "ada", "typing": true}});
        assert_eq!(text(&typing), "ada is typing");
        assert_eq!(
            text(&json!({"event": "agent_changed", "data": null})),
            "back in the queue"
        );
        // A closed room has no `open` (closing unsets it), or `false` from older servers.
        let room = |room| json!({"event": "room", "data": {"action": "updated", "room": room}});
        for closed in [
            json!({"_id": "r1", "fname": "Ada", "closedAt": "2026-12-04T10:11:12.000Z"}),
            json!({"_id": "r1", "fname": "Ada", "open": false}),
        ] {
            assert_eq!(text(&room(closed)), "room updated: r1 (Ada), closed");
        }
        assert_eq!(
            text(&room(json!({"_id": "r1", "fname": "Ada", "open": true}))),
            "room updated: r1 (Ada)"
        );
    }
}
