//! The rest of the manager's dashboards (`view-livechat-manager`): the chats, productivity and
//! agents' productivity totalizers, the chats per agent and per department, the named charts
//! and the per-agent overview, as `app/livechat/server/lib/analytics/dashboards.ts` and the
//! `omnichannel-analytics` service (ChartData, AgentData) compute them.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Timelike, Utc};
use serde_json::{json, Value};

use super::analytics::{conversations, hh_mm_ss, period, productivity, rooms_between, whole};
use super::reports::facts;
use crate::access::user_with;
use crate::reply::ok;
use crate::request::{query_keys, Handled, Request};
use crate::state::{Room, State};

/// The mean of the figures, 0 for none (the totalizers average the departments' figures).
fn mean(values: &[f64]) -> f64 {
    if values.is_empty() {
        0.0
    } else {
        values.iter().sum::<f64>() / values.len() as f64
    }
}

/// The figure of each department group (rooms of no department form one) of the matched rooms.
fn per_department(
    state: &State,
    department: &Option<String>,
    matches: impl Fn(&super::reports::Facts) -> bool,
    figure: impl Fn(&[&super::reports::Facts]) -> f64,
) -> Result<Vec<f64>, crate::reply::Reply> {
    let all = facts(state)?;
    let mut groups: BTreeMap<Option<String>, Vec<&super::reports::Facts>> = BTreeMap::new();
    for fact in all.iter().filter(|f| matches(f)) {
        if department
            .as_ref()
            .is_some_and(|d| fact.department.as_ref() != Some(d))
        {
            continue;
        }
        groups
            .entry(fact.department.clone())
            .or_default()
            .push(fact);
    }
    Ok(groups.values().map(|rooms| figure(rooms)).collect())
}

/// `ceil(sum / n)` of a figure over a group.
fn ceil_mean(
    rooms: &[&super::reports::Facts],
    value: impl Fn(&super::reports::Facts) -> Option<f64>,
) -> f64 {
    if rooms.is_empty() {
        return 0.0;
    }
    (rooms.iter().filter_map(|f| value(f)).sum::<f64>() / rooms.len() as f64).ceil()
}

/// `GET livechat/analytics/dashboards/chats-totalizers`: abandoned chats (none here: no
/// room closes for the visitor's inactivity), their average share, and the average chat
/// duration, averaged over the departments.
pub(super) fn chats_totalizers(state: &State, req: &Request) -> Handled {
    let (start, end, department) = period(state, req)?;
    let durations = per_department(
        state,
        &department,
        |f| f.room.ts >= start && f.room.closed_at.is_some_and(|c| c <= end),
        |rooms| ceil_mean(rooms, |f| f.chat_duration),
    )?;
    let shares = per_department(
        state,
        &department,
        |f| f.room.ts >= start && f.room.ts <= end,
        |_| 0.0,
    )?;
    let share = mean(&shares);
    let totalizers = json!([
        {"title": "Total_abandoned_chats", "value": 0},
        {"title": "Avg_of_abandoned_chats", "value": format!("{}%", whole(share))},
        {"title": "Avg_of_chat_duration_time", "value": hh_mm_ss(mean(&durations))},
    ]);
    Ok(ok(json!({ "totalizers": totalizers })))
}

/// `GET livechat/analytics/dashboards/productivity-totalizers`: the `Productivity` overview and
/// the average waiting time (first response) over the departments.
pub(super) fn productivity_totalizers(state: &State, req: &Request) -> Handled {
    let (start, end, department) = period(state, req)?;
    let mut totalizers = productivity(state, start, end, &department);
    let waiting = per_department(
        state,
        &department,
        |f| f.room.ts >= start && f.room.ts <= end && !f.waiting,
        |rooms| ceil_mean(rooms, |f| f.first_response),
    )?;
    totalizers.push(json!({"title": "Avg_of_waiting_time", "value": hh_mm_ss(mean(&waiting))}));
    Ok(ok(json!({ "totalizers": totalizers })))
}

/// `GET livechat/analytics/dashboards/agents-productivity-totalizers`: the busiest time of the
/// `Conversations` overview, the agents' average available time (no availability history is
/// kept here: 0) and the average service time over the departments.
pub(super) fn agents_productivity_totalizers(state: &State, req: &Request) -> Handled {
    let (start, end, department) = period(state, req)?;
    let mut totalizers: Vec<Value> = conversations(state, start, end, &department)
        .into_iter()
        .filter(|f| f["title"] == json!("Busiest_time"))
        .collect();
    let service = per_department(
        state,
        &department,
        |f| f.room.ts >= start && f.room.ts <= end && f.served_until_last_answer.is_some(),
        |rooms| ceil_mean(rooms, |f| f.served_until_last_answer),
    )?;
    totalizers.push(json!({"title": "Avg_of_available_service_time", "value": hh_mm_ss(0.0)}));
    totalizers.push(json!({"title": "Avg_of_service_time", "value": hh_mm_ss(mean(&service))}));
    Ok(ok(json!({ "totalizers": totalizers })))
}

/// `GET livechat/analytics/dashboards/charts/chats-per-agent`: per agent's username, its open
/// (not on hold) and on-hold chats started in the period and its chats closed in it, merged as
/// findAllChatMetricsByAgentAsync merges the three counts (an agent with closed chats loses its
/// `onhold: 0`).
pub(super) fn chats_per_agent(state: &State, req: &Request) -> Handled {
    let (start, end, department) = period(state, req)?;
    let mut open: BTreeMap<String, u64> = BTreeMap::new();
    let mut closed: BTreeMap<String, u64> = BTreeMap::new();
    let mut on_hold: BTreeMap<String, u64> = BTreeMap::new();
    for room in state.rooms.values() {
        let Some((_, username, _)) = &room.served_by else {
            continue;
        };
        if department
            .as_ref()
            .is_some_and(|d| room.department_id.as_ref() != Some(d))
        {
            continue;
        }
        let started = room.ts >= start && room.ts <= end;
        if room.open && started {
            let counts = if room.on_hold {
                &mut on_hold
            } else {
                &mut open
            };
            *counts.entry(username.clone()).or_default() += 1;
        } else if !room.open && room.ts >= start && room.closed_at.is_some_and(|c| c <= end) {
            *closed.entry(username.clone()).or_default() += 1;
        }
    }
    let mut chart = serde_json::Map::new();
    for (agent, n) in open {
        chart.insert(agent, json!({"open": n, "closed": 0, "onhold": 0}));
    }
    for (agent, n) in closed {
        let open = chart.get(&agent).map_or(json!(0), |v| v["open"].clone());
        chart.insert(agent, json!({"open": open, "closed": n}));
    }
    for (agent, n) in on_hold {
        let value = chart.entry(agent).or_insert_with(|| json!({}));
        value["onhold"] = json!(n);
    }
    Ok(ok(Value::Object(chart)))
}

/// `GET livechat/analytics/dashboards/charts/chats-per-department`: per department name, its
/// open and closed chats of the period (rooms of no department are left out).
pub(super) fn chats_per_department(state: &State, req: &Request) -> Handled {
    let (start, end, department) = period(state, req)?;
    let mut chart = serde_json::Map::new();
    for room in rooms_between(state, start, end, &department) {
        let Some(found) = room
            .department_id
            .as_ref()
            .and_then(|d| state.departments.get(d))
        else {
            continue;
        };
        let name = found.body["name"].as_str().unwrap_or_default().to_owned();
        let value = chart
            .entry(name)
            .or_insert_with(|| json!({"open": 0, "closed": 0}));
        let key = if room.open { "open" } else { "closed" };
        value[key] = json!(value[key].as_u64().unwrap_or(0) + 1);
    }
    Ok(ok(Value::Object(chart)))
}

/// A `YYYY-MM-DD` day (the first ten characters), as moment reads it with that format.
fn day(raw: &str) -> Option<NaiveDate> {
    raw.get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

/// The rooms of `[from, to]` (inclusive), of the department.
fn rooms_in<'a>(
    state: &'a State,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    department: &'a Option<String>,
) -> impl Iterator<Item = &'a Room> {
    rooms_between(state, from, to, department)
}

/// An average rounded to hundredths, as `Math.round(avg * 100) / 100`.
fn hundredths(values: &[f64]) -> Value {
    whole((mean(values) * 100.0).round() / 100.0)
}

/// The agents' messages of a room (no system messages, none from the visitor).
fn agent_messages(room: &Room) -> usize {
    room.messages
        .iter()
        .filter(|m| m.get("t").is_none() && m.get("token").is_none())
        .count()
}

/// One point of a named chart over `[from, to]`.
fn chart_point(
    state: &State,
    name: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    department: &Option<String>,
) -> Value {
    let rooms: Vec<&Room> = rooms_in(state, from, to, department).collect();
    let figures = |figure: &dyn Fn(&Value) -> Option<f64>| -> Vec<f64> {
        rooms
            .iter()
            .filter_map(|r| r.json().ok())
            .filter_map(|v| figure(&v))
            .filter(|f| *f != 0.0)
            .collect()
    };
    match name {
        "Total_conversations" => json!(rooms.len()),
        "Avg_chat_duration" => hundredths(&figures(&|v| v["metrics"]["chatDuration"].as_f64())),
        "Total_messages" => json!(rooms.iter().map(|r| agent_messages(r)).sum::<usize>()),
        "Avg_first_response_time" => {
            hundredths(&figures(&|v| v["metrics"]["response"]["ft"].as_f64()))
        }
        // Avg_reaction_time
        _ => hundredths(&figures(&|v| v["metrics"]["reaction"]["ft"].as_f64())),
    }
}

/// `GET livechat/analytics/dashboards/charts-data?chartName=&start=&end=` (days `YYYY-MM-DD`,
/// in UTC): a point per hour of a single day (labels `1AM-1AM`), else per day (labels `M/D`).
/// An unknown chart, or days it cannot read, answer the empty chart.
pub(super) fn chart_data(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    query_keys(req, &["chartName", "start", "end"], &["departmentId"])?;
    let name = req.query("chartName").unwrap_or_default().to_owned();
    let department = req
        .query("departmentId")
        .filter(|d| !d.is_empty() && *d != "undefined")
        .map(str::to_owned);
    let mut chart = json!({"chartLabel": name, "dataLabels": [], "dataPoints": []});
    const NAMES: [&str; 5] = [
        "Total_conversations",
        "Avg_chat_duration",
        "Total_messages",
        "Avg_first_response_time",
        "Avg_reaction_time",
    ];
    let (Some(first), Some(last)) = (
        day(req.query("start").unwrap_or_default()),
        day(req.query("end").unwrap_or_default()),
    ) else {
        return Ok(ok(chart));
    };
    if !NAMES.contains(&name.as_str()) {
        return Ok(ok(chart));
    }
    let start_of = |d: NaiveDate| Utc.from_utc_datetime(&d.and_time(NaiveTime::MIN));
    let mut labels = Vec::new();
    let mut points = Vec::new();
    if first == last {
        for hour in 0..24 {
            let from = start_of(first) + Duration::hours(hour);
            let to = from + Duration::hours(1) - Duration::milliseconds(1);
            let h = super::analytics::twelve_hour(from.hour() as usize);
            labels.push(json!(format!("{h}-{h}")));
            points.push(chart_point(state, &name, from, to, &department));
        }
    } else {
        let mut current = first;
        while current <= last {
            let from = start_of(current);
            let to = from + Duration::days(1) - Duration::milliseconds(1);
            labels.push(json!(current.format("%-m/%-d").to_string()));
            points.push(chart_point(state, &name, from, to, &department));
            current += Duration::days(1);
        }
    }
    chart["dataLabels"] = Value::Array(labels);
    chart["dataPoints"] = Value::Array(points);
    Ok(ok(chart))
}

/// An agent's running figure: the values summed and counted, in the order agents first appear.
type PerAgent = Vec<(String, f64, usize)>;

fn add(per_agent: &mut PerAgent, agent: String, value: f64) {
    match per_agent.iter_mut().find(|(a, _, _)| *a == agent) {
        Some(entry) => {
            entry.1 += value;
            entry.2 += 1;
        }
        None => per_agent.push((agent, value, 1)),
    }
}

fn keep_min(per_agent: &mut PerAgent, agent: String, value: f64) {
    match per_agent.iter_mut().find(|(a, _, _)| *a == agent) {
        Some(entry) => entry.1 = entry.1.min(value),
        None => per_agent.push((agent, value, 1)),
    }
}

/// `GET livechat/analytics/agent-overview?name=&from=&to=` (days `YYYY-MM-DD`): a table of a
/// figure per agent (`{head, data}`); an unknown figure or day answers `{success: true}`
/// alone, an empty name the server's plain `invalid-chart-name`.
pub(super) fn agent_overview(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    query_keys(req, &["name", "from", "to"], &["departmentId"])?;
    let name = req.query("name").unwrap_or_default().to_owned();
    if name.is_empty() {
        return Err(crate::reply::plain("invalid-chart-name"));
    }
    let department = req
        .query("departmentId")
        .filter(|d| !d.is_empty() && *d != "undefined")
        .map(str::to_owned);
    let (Some(first), Some(last)) = (
        day(req.query("from").unwrap_or_default()),
        day(req.query("to").unwrap_or_default()),
    ) else {
        return Ok(ok(json!({})));
    };
    let from = Utc.from_utc_datetime(&first.and_time(NaiveTime::MIN));
    let to = Utc.from_utc_datetime(&last.and_time(NaiveTime::MIN)) + Duration::days(1)
        - Duration::milliseconds(1);
    let rooms: Vec<(&Room, Value)> = rooms_in(state, from, to, &department)
        .filter_map(|r| r.json().ok().map(|v| (r, v)))
        .collect();
    let served = |v: &Value| v["servedBy"]["username"].as_str().map(str::to_owned);
    let answered = |v: &Value| v["responseBy"]["username"].as_str().map(str::to_owned);
    let mut per_agent = PerAgent::new();
    let metric = |v: &Value, path: &[&str]| {
        let mut at = v;
        for key in path {
            at = &at[*key];
        }
        at.as_f64().filter(|f| *f != 0.0)
    };
    match name.as_str() {
        "Total_conversations" | "Total_messages" => {
            for (room, v) in &rooms {
                if let Some(agent) = served(v) {
                    let value = if name == "Total_messages" {
                        agent_messages(room) as f64
                    } else {
                        1.0
                    };
                    add(&mut per_agent, agent, value);
                }
            }
        }
        "Avg_chat_duration" | "Avg_response_time" | "Avg_reaction_time" => {
            let path: &[&str] = match name.as_str() {
                "Avg_chat_duration" => &["metrics", "chatDuration"],
                "Avg_response_time" => &["metrics", "response", "avg"],
                _ => &["metrics", "reaction", "ft"],
            };
            for (_, v) in &rooms {
                if let (Some(agent), Some(value)) = (served(v), metric(v, path)) {
                    add(&mut per_agent, agent, value);
                }
            }
        }
        "Avg_first_response_time" | "Best_first_response_time" => {
            for (_, v) in &rooms {
                if let (Some(agent), Some(value)) =
                    (answered(v), metric(v, &["metrics", "response", "ft"]))
                {
                    if name == "Best_first_response_time" {
                        keep_min(&mut per_agent, agent, value);
                    } else {
                        add(&mut per_agent, agent, value);
                    }
                }
            }
        }
        _ => return Ok(ok(json!({}))),
    }
    let total: usize = per_agent.iter().map(|(_, v, _)| *v as usize).sum();
    let mut data: Vec<(f64, Value)> = per_agent
        .into_iter()
        .map(|(agent, sum, count)| {
            let (sort_key, value) = match name.as_str() {
                "Total_conversations" => {
                    let share = sum / total.max(1) as f64 * 100.0;
                    (share, json!(format!("{share:.2}%")))
                }
                "Total_messages" => (sum, json!(sum as u64)),
                "Best_first_response_time" => (sum, json!(hh_mm_ss(sum))),
                _ => {
                    let avg = sum / count as f64;
                    (avg, json!(hh_mm_ss((avg * 100.0).round() / 100.0)))
                }
            };
            (sort_key, json!({"name": agent, "value": value}))
        })
        .collect();
    // Counts and durations biggest first, response times smallest first (sortByValue).
    let descending = matches!(
        name.as_str(),
        "Total_conversations" | "Avg_chat_duration" | "Total_messages"
    );
    data.sort_by(|a, b| {
        let order = a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal);
        if descending {
            order.reverse()
        } else {
            order
        }
    });
    Ok(ok(json!({
        "head": [{"name": "Agent"}, {"name": if name == "Total_conversations" { "%_of_conversations" } else { name.as_str() }}],
        "data": data.into_iter().map(|(_, v)| v).collect::<Vec<_>>(),
    })))
}
