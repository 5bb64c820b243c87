//! The manager's dashboard (`view-livechat-manager`): chats by state, agents by status,
//! timings, the conversation totals and the named overviews, computed from the rooms,
//! messages, visitors and agents the embedded server holds, as the server's aggregations do.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Timelike, Utc};
use rocketchat_api::types;
use serde_json::{json, Value};

use crate::access::user_with;
use crate::reply::{ok, plain, Reply};
use crate::request::{query_keys, Handled, Request};
use crate::state::{conform, Room, State};

/// A room's response figures, in seconds, as the server's analytics hook keeps them in
/// `metrics`: the average time an agent took to answer the visitor, the time from the room's
/// start to the first answer, and from the agent's assignment to it.
pub(super) struct Responses {
    pub average: f64,
    pub first: f64,
    pub reaction: f64,
}

/// The figures of `room`'s messages; `None` before an agent first answered the visitor.
pub(super) fn responses(room: &Room) -> Option<Responses> {
    let mut waiting_since: Option<DateTime<Utc>> = None;
    let mut answers = Vec::new();
    let mut first = None;
    for message in room.messages.iter().filter(|m| m.get("t").is_none()) {
        let Some(ts) = message["ts"]
            .as_str()
            .and_then(|ts| DateTime::parse_from_rfc3339(ts).ok())
            .map(|ts| ts.with_timezone(&Utc))
        else {
            continue;
        };
        if message.get("token").is_some() {
            waiting_since.get_or_insert(ts);
        } else if let Some(since) = waiting_since.take() {
            answers.push(seconds(ts - since));
            first.get_or_insert(ts);
        }
    }
    let first = first?;
    let assigned = room.served_by.as_ref().map_or(room.ts, |(_, _, ts)| *ts);
    Some(Responses {
        average: answers.iter().sum::<f64>() / answers.len() as f64,
        first: seconds(first - room.ts),
        reaction: seconds(first - assigned),
    })
}

fn seconds(duration: Duration) -> f64 {
    duration.num_milliseconds() as f64 / 1000.0
}

/// `start`/`end` as JavaScript's `Date.parse` reads them (ISO dates and date-times), or the
/// server's 400 naming the parameter.
pub(super) fn date_param(req: &Request, key: &str) -> Result<DateTime<Utc>, Reply> {
    let raw = req.query(key).unwrap_or_default();
    DateTime::parse_from_rfc3339(raw)
        .map(|d| d.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(raw, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|d| Utc.from_utc_datetime(&d))
        })
        .ok_or_else(|| {
            plain(&format!(
                "The \"{key}\" query parameter must be a valid date."
            ))
        })
}

/// A dashboard request's period and department filter.
pub(super) type Period = (DateTime<Utc>, DateTime<Utc>, Option<String>);

/// The period and department of a dashboard request, checked as the server checks them.
pub(super) fn period(state: &State, req: &Request) -> Result<Period, Reply> {
    user_with(state, req, &["view-livechat-manager"])?;
    query_keys(req, &["start", "end"], &["departmentId"])?;
    let start = date_param(req, "start")?;
    let end = date_param(req, "end")?;
    Ok((start, end, department(req)))
}

/// The `departmentId` filter; the dashboard sends the text `undefined` for none.
pub(super) fn department(req: &Request) -> Option<String> {
    req.query("departmentId")
        .filter(|d| !d.is_empty() && *d != "undefined")
        .map(str::to_owned)
}

/// The rooms started in `[start, end]`, of the department when one is given.
pub(super) fn rooms_between<'a>(
    state: &'a State,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    department: &'a Option<String>,
) -> impl Iterator<Item = &'a Room> {
    state.rooms.values().filter(move |room| {
        room.ts >= start
            && room.ts <= end
            && department
                .as_ref()
                .is_none_or(|d| room.department_id.as_deref() == Some(d))
    })
}

/// `GET livechat/analytics/dashboards/charts/chats`: started rooms that are open (served, not
/// on hold), closed, queued (not served) and on hold.
pub(super) fn chats_chart(state: &State, req: &Request) -> Handled {
    let (start, end, department) = period(state, req)?;
    let rooms: Vec<&Room> = rooms_between(state, start, end, &department).collect();
    let count = |f: &dyn Fn(&Room) -> bool| rooms.iter().filter(|r| f(r)).count();
    let chart = json!({
        "open": count(&|r| r.open && !r.on_hold && r.served_by.is_some()),
        "closed": count(&|r| r.chat_duration().is_some()),
        "queued": count(&|r| r.open && r.served_by.is_none()),
        "onhold": count(&|r| r.on_hold),
    });
    Ok(ok(conform::<types::ChatsChart>(chart)?))
}

/// `GET livechat/analytics/dashboards/charts/agents-status`: the agents (of the department)
/// by status. An agent the testkit holds is connected (`online`), so it counts as
/// `available` when it takes chats and `offline` when not. With no agent at all the server's
/// aggregation is empty and the answer is `{success: true}` alone.
pub(super) fn agents_status_chart(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    query_keys(req, &[], &["departmentId"])?;
    let department = department(req);
    let in_department = |id: &str| {
        department.as_ref().is_none_or(|d| {
            state
                .departments
                .get(d)
                .is_some_and(|d| d.agents.iter().any(|(agent, _)| agent == id))
        })
    };
    let agents: Vec<_> = state
        .users
        .values()
        .filter(|u| u.is_agent() && in_department(&u.id))
        .collect();
    if agents.is_empty() {
        return Ok(ok(conform::<types::AgentsStatusChart>(json!({}))?));
    }
    let available = agents.iter().filter(|a| a.available).count();
    let chart = json!({
        "offline": agents.len() - available,
        "away": 0,
        "busy": 0,
        "available": available,
    });
    Ok(ok(conform::<types::AgentsStatusChart>(chart)?))
}

/// `{avg, longest}` over the rooms that have the figure (`figure` answers a room's pair of
/// the value averaged and the value whose largest is `longest`), as the server's `$group`:
/// `avg` truncated to whole seconds, `longest` null when rooms matched but none has the
/// figure, both 0 when no room matched.
fn timing(rooms: &[&Room], figure: impl Fn(&Room) -> Option<(f64, f64)>) -> Value {
    if rooms.is_empty() {
        return json!({"avg": 0, "longest": 0});
    }
    let figures: Vec<(f64, f64)> = rooms.iter().filter_map(|r| figure(r)).collect();
    let avg = if figures.is_empty() {
        0.0
    } else {
        (figures.iter().map(|f| f.0).sum::<f64>() / figures.len() as f64).trunc()
    };
    let longest = figures.iter().map(|f| f.1).reduce(f64::max);
    json!({"avg": whole(avg), "longest": longest.map(whole)})
}

/// A JSON number as JavaScript writes it: whole numbers without a fraction.
pub(super) fn whole(value: f64) -> Value {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        json!(value as i64)
    } else {
        json!(value)
    }
}

/// `GET livechat/analytics/dashboards/charts/timings`: response, reaction and chat duration
/// times (seconds) of the rooms started in the period.
pub(super) fn timings_chart(state: &State, req: &Request) -> Handled {
    let (start, end, department) = period(state, req)?;
    let rooms: Vec<&Room> = rooms_between(state, start, end, &department).collect();
    let closed: Vec<&Room> = rooms
        .iter()
        .copied()
        .filter(|r| r.chat_duration().is_some())
        .collect();
    let chart = json!({
        "response": timing(&rooms, |r| responses(r).map(|f| (f.average, f.first))),
        "reaction": timing(&rooms, |r| responses(r).map(|f| (f.reaction, f.reaction))),
        "chatDuration": timing(&closed, |r| r.chat_duration().map(|d| (d, d))),
    });
    Ok(ok(conform::<types::TimingsChart>(chart)?))
}

/// The `Conversations` overview of `[from, to]`: totals, messages, the busiest day and hour.
pub(super) fn conversations(
    state: &State,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    department: &Option<String>,
) -> Vec<Value> {
    let mut rooms: Vec<&Room> = rooms_between(state, from, to, department).collect();
    rooms.sort_by_key(|r| r.ts);
    let messages = |r: &Room| r.messages.iter().filter(|m| m.get("t").is_none()).count();
    // Messages by creation day (in the order the days first appear) and hour.
    let mut days: Vec<(NaiveDate, [usize; 24])> = Vec::new();
    for room in &rooms {
        let day = room.ts.date_naive();
        let index = match days.iter().position(|(d, _)| *d == day) {
            Some(i) => i,
            None => {
                days.push((day, [0; 24]));
                days.len() - 1
            }
        };
        days[index].1[room.ts.hour() as usize] += messages(room);
    }
    let busiest = days
        .iter()
        .fold(None::<&(NaiveDate, [usize; 24])>, |best, day| match best {
            Some(b) if b.1.iter().sum::<usize>() >= day.1.iter().sum::<usize>() => Some(b),
            _ => Some(day),
        });
    // moment's `dddd`, in English (the server's default language).
    let busiest_day = busiest.map_or("-".to_owned(), |(d, _)| d.format("%A").to_string());
    let busiest_hour = busiest.and_then(|(_, hours)| {
        let (hour, most) =
            hours.iter().enumerate().fold(
                (0, 0),
                |(h, m), (i, v)| if *v > m { (i, *v) } else { (h, m) },
            );
        (most > 0).then_some(hour)
    });
    let busiest_time = busiest_hour.map_or("-".to_owned(), |h| {
        format!("{} - {}", twelve_hour(h), twelve_hour((h + 1) % 24))
    });
    let total = rooms.len();
    let span = (to.date_naive() - from.date_naive()).num_days() + 1;
    vec![
        json!({"title": "Total_conversations", "value": total}),
        json!({"title": "Open_conversations", "value": rooms.iter().filter(|r| r.open && !r.on_hold).count()}),
        json!({"title": "On_Hold_conversations", "value": rooms.iter().filter(|r| r.on_hold).count()}),
        json!({"title": "Total_messages", "value": rooms.iter().map(|r| messages(r)).sum::<usize>()}),
        json!({"title": "Busiest_day", "value": busiest_day}),
        json!({"title": "Conversations_per_day", "value": format!("{:.2}", total as f64 / span.max(1) as f64)}),
        json!({"title": "Busiest_time", "value": busiest_time}),
    ]
}

/// The `Productivity` overview: average response, first response and reaction times of the
/// rooms an agent answered, as `HH:MM:SS`.
pub(super) fn productivity(
    state: &State,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    department: &Option<String>,
) -> Vec<Value> {
    let figures: Vec<Responses> = rooms_between(state, from, to, department)
        .filter_map(responses)
        .collect();
    let mean = |f: &dyn Fn(&Responses) -> f64| {
        if figures.is_empty() {
            0.0
        } else {
            figures.iter().map(f).sum::<f64>() / figures.len() as f64
        }
    };
    vec![
        json!({"title": "Avg_response_time", "value": hh_mm_ss(mean(&|f| f.average))}),
        json!({"title": "Avg_first_response_time", "value": hh_mm_ss(mean(&|f| f.first))}),
        json!({"title": "Avg_reaction_time", "value": hh_mm_ss(mean(&|f| f.reaction))}),
    ]
}

/// Seconds as the server's `secondsToHHMMSS` (lib/utils) writes them: whole hours and minutes,
/// the rest rounded, each padded to two digits.
pub(super) fn hh_mm_ss(seconds: f64) -> String {
    let seconds = seconds.max(0.0);
    let hours = (seconds / 3600.0).floor();
    let minutes = ((seconds - hours * 3600.0) / 60.0).floor();
    let rest = (seconds - hours * 3600.0 - minutes * 60.0).round();
    format!("{hours:02}:{minutes:02}:{rest:02}")
}

/// An hour as moment's `hA`: `12AM`, `1AM`, ... `11PM`.
pub(super) fn twelve_hour(hour: usize) -> String {
    let suffix = if hour < 12 { "AM" } else { "PM" };
    let h = match hour % 12 {
        0 => 12,
        h => h,
    };
    format!("{h}{suffix}")
}

/// `GET livechat/analytics/dashboards/conversation-totalizers`: the `Conversations` overview's
/// totals and the visitors who came in the period.
pub(super) fn conversation_totalizers(state: &State, req: &Request) -> Handled {
    let (start, end, department) = period(state, req)?;
    const KEPT: [&str; 4] = [
        "Total_conversations",
        "Open_conversations",
        "On_Hold_conversations",
        "Total_messages",
    ];
    let mut totalizers: Vec<Value> = conversations(state, start, end, &department)
        .into_iter()
        .filter(|f| f["title"].as_str().is_some_and(|t| KEPT.contains(&t)))
        .collect();
    let visitors = state
        .visitors
        .values()
        .filter(|v| v.ts >= start && v.ts < end)
        .filter(|v| department.is_none() || v.department == department)
        .count();
    totalizers.push(json!({"title": "Total_visitors", "value": visitors}));
    Ok(ok(conform::<types::Totalizers>(
        json!({ "totalizers": totalizers }),
    )?))
}

/// `GET livechat/analytics/overview?name=&from=&to=` (`Conversations` or `Productivity`,
/// dates `YYYY-MM-DD`, whole days in UTC): a bare array of figures. For another name, or dates
/// it cannot read, the server answers `{success: true}` alone.
pub(super) fn analytics_overview(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    query_keys(req, &["name", "from", "to"], &["departmentId"])?;
    let day = |key: &str| {
        let raw = req.query(key).unwrap_or_default();
        raw.get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    };
    let department = department(req);
    let figures = match (req.query("name"), day("from"), day("to")) {
        (Some(name), Some(from), Some(to)) if name == "Conversations" || name == "Productivity" => {
            let from = Utc.from_utc_datetime(&from.and_time(NaiveTime::MIN));
            let to = Utc.from_utc_datetime(&to.and_time(NaiveTime::MIN)) + Duration::days(1)
                - Duration::milliseconds(1);
            if name == "Conversations" {
                conversations(state, from, to, &department)
            } else {
                productivity(state, from, to, &department)
            }
        }
        _ => return Ok(ok(conform::<types::AnalyticsOverview>(json!({}))?)),
    };
    let figures = conform::<types::AnalyticsOverview>(Value::Array(figures))?;
    Ok((axum::http::StatusCode::OK, figures))
}
