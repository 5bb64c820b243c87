//! The Enterprise reports: figures per department (`livechat/analytics/departments/*`), per
//! agent (`livechat/analytics/agents/*`) and the conversation breakdowns of the dashboards
//! (`livechat/analytics/dashboards/conversations-by-*`), computed from the rooms as the
//! aggregations of `packages/models/src/models/LivechatRooms.ts` and
//! `ee/server/models/raw/LivechatRooms.ts` group and project them.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use super::analytics::{date_param, whole};
use crate::access::user_with;
use crate::reply::{ok, Reply};
use crate::request::{page, query_keys, sort, Handled, Request};
use crate::state::{Room, State};

/// `Livechat_visitor_inactivity_timeout`'s default: a room whose visitor was silent this long
/// at the close counts as abandoned.
const INACTIVITY_TIMEOUT: f64 = 3600.0;

/// What a room's stored fields say, for the aggregations.
pub(super) struct Facts<'a> {
    pub room: &'a Room,
    pub department: Option<String>,
    pub waiting: bool,
    pub first_response: Option<f64>,
    pub chat_duration: Option<f64>,
    pub service_time: Option<f64>,
    /// `responseBy.lastMessageTs - servedBy.ts`, in seconds, when both are set.
    pub served_until_last_answer: Option<f64>,
    pub transfers: usize,
    pub visitor_inactivity: Option<f64>,
}

fn date(value: &Value) -> Option<DateTime<Utc>> {
    value
        .as_str()
        .and_then(|d| DateTime::parse_from_rfc3339(d).ok())
        .map(|d| d.with_timezone(&Utc))
}

/// The facts of every room, rendered as the server stores it.
pub(super) fn facts(state: &State) -> Result<Vec<Facts<'_>>, Reply> {
    state
        .rooms
        .values()
        .map(|room| {
            let v = room.json()?;
            let served = date(&v["servedBy"]["ts"]);
            let last_answer = date(&v["responseBy"]["lastMessageTs"]);
            Ok(Facts {
                room,
                department: room.department_id.clone(),
                waiting: v["waitingResponse"] == json!(true),
                first_response: v["metrics"]["response"]["ft"].as_f64(),
                chat_duration: v["metrics"]["chatDuration"].as_f64(),
                service_time: v["metrics"]["serviceTimeDuration"].as_f64(),
                served_until_last_answer: served
                    .zip(last_answer)
                    .map(|(served, last)| (last - served).num_milliseconds() as f64 / 1000.0),
                transfers: room
                    .messages
                    .iter()
                    .filter(|m| m["t"] == json!("livechat_transfer_history"))
                    .count(),
                visitor_inactivity: v["metrics"]["visitorInactivity"].as_f64(),
            })
        })
        .collect()
}

/// A report's period: `start` and `end`, required and dates (`Date.parse`).
fn period(req: &Request) -> Result<(DateTime<Utc>, DateTime<Utc>), Reply> {
    Ok((date_param(req, "start")?, date_param(req, "end")?))
}

/// The `departmentId` filter (the dashboards send the text `undefined` for none).
fn department_filter(req: &Request) -> Option<String> {
    req.query("departmentId")
        .filter(|d| !d.is_empty() && *d != "undefined")
        .map(str::to_owned)
}

/// The rooms matched, grouped by department (`None` for none), in the order of their ids.
fn by_department<'a>(
    facts: &'a [Facts<'a>],
    department: &Option<String>,
    matches: impl Fn(&Facts) -> bool,
) -> BTreeMap<Option<String>, Vec<&'a Facts<'a>>> {
    let mut groups: BTreeMap<Option<String>, Vec<&Facts>> = BTreeMap::new();
    for fact in facts.iter().filter(|f| matches(f)) {
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
    groups
}

/// One `{_id, <key>: value}` per group, paged as the routes page (`departments`).
fn department_page(
    req: &Request,
    groups: BTreeMap<Option<String>, Vec<&Facts>>,
    figure: impl Fn(&[&Facts]) -> Value,
    key: &str,
) -> Result<Reply, Reply> {
    let items: Vec<Value> = groups
        .into_iter()
        .map(|(id, rooms)| {
            let mut item = json!({ "_id": id });
            item[key] = figure(&rooms);
            item
        })
        .collect();
    let mut items = items;
    if req.query("sort").is_some() {
        sort(req, &mut items, ("_id", 1))?;
    }
    Ok(page(req, "departments", items))
}

/// Which department analysis a route answers.
#[derive(Clone, Copy)]
pub(super) enum DepartmentFigure {
    AmountOfChats,
    AverageChatDuration,
    AverageServiceTime,
    TotalServiceTime,
    AverageWaitingTime,
    TransferredChats,
    AbandonedChats,
    PercentageAbandoned,
}

/// `ceil(sum / n)`, 0 for no rooms.
fn ceil_mean(sum: f64, n: usize) -> Value {
    if n == 0 {
        json!(0)
    } else {
        whole((sum / n as f64).ceil())
    }
}

/// `GET livechat/analytics/departments/<figure>?start=&end=&departmentId=`
/// (`view-livechat-manager`, Enterprise): the figure per department of the rooms of the
/// period, paged (`{departments, count, offset, total}`).
pub(super) fn department_analytics(
    state: &State,
    req: &Request,
    figure: DepartmentFigure,
) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    query_keys(
        req,
        &["start", "end"],
        &["answered", "departmentId", "offset", "count", "sort"],
    )?;
    let (start, end) = period(req)?;
    let department = department_filter(req);
    let all = facts(state)?;
    let in_period = |f: &Facts| f.room.ts >= start && f.room.ts <= end;
    // Rooms started in the period and closed by its end.
    let closed_in = |f: &Facts| f.room.ts >= start && f.room.closed_at.is_some_and(|c| c <= end);
    use DepartmentFigure::*;
    match figure {
        AmountOfChats => {
            // The route passes `answered === 'true'`: without it, the unanswered rooms.
            let answered = req.query("answered") == Some("true");
            let groups =
                by_department(&all, &department, |f| in_period(f) && f.waiting != answered);
            department_page(req, groups, |rooms| json!(rooms.len()), "rooms")
        }
        AverageChatDuration => {
            let groups = by_department(&all, &department, closed_in);
            department_page(
                req,
                groups,
                |rooms| {
                    let sum: f64 = rooms.iter().filter_map(|f| f.chat_duration).sum();
                    ceil_mean(sum, rooms.len())
                },
                "averageChatDurationTimeInSeconds",
            )
        }
        AverageServiceTime => {
            let groups = by_department(&all, &department, |f| {
                in_period(f) && f.served_until_last_answer.is_some()
            });
            department_page(
                req,
                groups,
                |rooms| {
                    let sum: f64 = rooms
                        .iter()
                        .filter_map(|f| f.served_until_last_answer)
                        .sum();
                    ceil_mean(sum, rooms.len())
                },
                "averageServiceTimeInSeconds",
            )
        }
        TotalServiceTime => {
            let groups = by_department(&all, &department, |f| {
                closed_in(f) && f.service_time.is_some()
            });
            let items: Vec<Value> = groups
                .into_iter()
                .map(|(id, rooms)| {
                    let sum: f64 = rooms.iter().filter_map(|f| f.service_time).sum();
                    json!({"_id": id, "chats": rooms.len(), "serviceTimeDuration": whole(sum.ceil())})
                })
                .collect();
            Ok(page(req, "departments", items))
        }
        AverageWaitingTime => {
            let groups = by_department(&all, &department, |f| in_period(f) && !f.waiting);
            department_page(
                req,
                groups,
                |rooms| {
                    let sum: f64 = rooms.iter().filter_map(|f| f.first_response).sum();
                    ceil_mean(sum, rooms.len())
                },
                "averageWaitingTimeInSeconds",
            )
        }
        TransferredChats => {
            let groups = by_department(&all, &department, in_period);
            let items: Vec<Value> = groups
                .into_iter()
                .map(|(id, rooms)| {
                    let name = id
                        .as_ref()
                        .and_then(|d| state.departments.get(d))
                        .map(|d| d.body["name"].clone())
                        .unwrap_or(Value::Null);
                    let transfers: usize = rooms.iter().map(|f| f.transfers).sum();
                    json!({"_id": id, "name": name, "numberOfTransferredRooms": transfers})
                })
                .collect();
            Ok(page(req, "departments", items))
        }
        AbandonedChats => {
            let groups = by_department(&all, &department, |f| {
                closed_in(f)
                    && f.visitor_inactivity
                        .is_some_and(|i| i >= INACTIVITY_TIMEOUT)
            });
            department_page(req, groups, |rooms| json!(rooms.len()), "abandonedRooms")
        }
        PercentageAbandoned => {
            let groups = by_department(&all, &department, in_period);
            department_page(
                req,
                groups,
                |rooms| {
                    let abandoned = rooms
                        .iter()
                        .filter(|f| {
                            f.visitor_inactivity
                                .is_some_and(|i| i >= INACTIVITY_TIMEOUT)
                        })
                        .count();
                    if rooms.is_empty() {
                        json!(0)
                    } else {
                        whole((abandoned as f64 * 100.0 / rooms.len() as f64).floor())
                    }
                },
                "percentageOfAbandonedChats",
            )
        }
    }
}

/// Which agent analysis a route answers.
#[derive(Clone, Copy)]
pub(super) enum AgentFigure {
    AverageServiceTime,
    TotalServiceTime,
}

/// `GET livechat/analytics/agents/average-service-time` and `.../total-service-time`
/// (`view-livechat-manager`, Enterprise): per serving agent, of the rooms of the period that
/// were closed after being served, by username.
pub(super) fn agent_analytics(state: &State, req: &Request, figure: AgentFigure) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    query_keys(req, &["start", "end"], &["offset", "count", "sort"])?;
    let (start, end) = period(req)?;
    let mut groups: BTreeMap<(String, String), Vec<f64>> = BTreeMap::new();
    for fact in facts(state)? {
        let (Some((id, username, _)), Some(service)) = (&fact.room.served_by, fact.service_time)
        else {
            continue;
        };
        if fact.room.ts < start || fact.room.ts > end {
            continue;
        }
        groups
            .entry((username.clone(), id.clone()))
            .or_default()
            .push(service);
    }
    let mut agents: Vec<Value> = groups
        .into_iter()
        .map(|((username, id), times)| {
            let sum: f64 = times.iter().sum();
            match figure {
                AgentFigure::AverageServiceTime => json!({"_id": id, "username": username,
                    "averageServiceTimeInSeconds": ceil_mean(sum, times.len())}),
                AgentFigure::TotalServiceTime => json!({"_id": id, "username": username,
                    "chats": times.len(), "serviceTimeDuration": whole(sum.ceil())}),
            }
        })
        .collect();
    if req.query("sort").is_some() {
        sort(req, &mut agents, ("username", 1))?;
    }
    Ok(page(req, "agents", agents))
}

/// Which breakdown a dashboard report answers.
#[derive(Clone, Copy)]
pub(super) enum Breakdown {
    Source,
    Status,
    Department,
    Tags,
    Agent,
}

/// `GET livechat/analytics/dashboards/conversations-by-<breakdown>?start=&end=`
/// (`view-livechat-reports`, Enterprise): `{data: [{label, value}], total}` of the rooms
/// started in `[start, end)`; by department, tags and agent also `unspecified`, the rooms
/// with none.
pub(super) fn conversations_by(state: &State, req: &Request, breakdown: Breakdown) -> Handled {
    user_with(state, req, &["view-livechat-reports"])?;
    query_keys(req, &["start", "end"], &["sort"])?;
    let (start, end) = period(req)?;
    let rooms: Vec<&Room> = state
        .rooms
        .values()
        .filter(|r| r.ts >= start && r.ts < end)
        .collect();
    // label -> count, in the order the server's `$sort` leaves them.
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut add = |label: String| match counts.iter_mut().find(|(l, _)| *l == label) {
        Some((_, n)) => *n += 1,
        None => counts.push((label, 1)),
    };
    let mut unspecified = 0;
    match breakdown {
        Breakdown::Source => {
            for room in &rooms {
                let label = room.source["alias"]
                    .as_str()
                    .or(room.source["type"].as_str())
                    .unwrap_or_default();
                add(label.to_owned());
            }
            counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        }
        Breakdown::Status => {
            let count = |f: &dyn Fn(&Room) -> bool| rooms.iter().filter(|r| f(r)).count();
            counts = vec![
                (
                    "Open".into(),
                    count(&|r| r.open && !r.on_hold && r.served_by.is_some()),
                ),
                ("Closed".into(), count(&|r| r.chat_duration().is_some())),
                ("Queued".into(), count(&|r| r.open && r.served_by.is_none())),
                ("On_Hold".into(), count(&|r| r.on_hold)),
            ];
            counts.sort_by_key(|c| std::cmp::Reverse(c.1));
            let total = rooms.len();
            let data: Vec<Value> = counts
                .iter()
                .map(|(label, value)| json!({"label": label, "value": value}))
                .collect();
            return Ok(ok(json!({"data": data, "total": total})));
        }
        Breakdown::Department => {
            for room in &rooms {
                match room
                    .department_id
                    .as_ref()
                    .and_then(|d| state.departments.get(d))
                {
                    Some(department) => add(department.body["name"]
                        .as_str()
                        .unwrap_or_default()
                        .to_owned()),
                    None if room.department_id.is_none() => unspecified += 1,
                    None => {}
                }
            }
            counts.sort_by_key(|c| c.1);
        }
        Breakdown::Tags => {
            for room in &rooms {
                if room.tags.is_empty() {
                    unspecified += 1;
                }
                for tag in &room.tags {
                    add(tag.clone());
                }
            }
            counts.sort_by_key(|c| c.1);
        }
        Breakdown::Agent => {
            for room in &rooms {
                match &room.served_by {
                    Some((id, _, _)) => {
                        let name = state.users.get(id).map_or(id.clone(), |u| u.name.clone());
                        add(name);
                    }
                    None => unspecified += 1,
                }
            }
            counts.sort_by(|a, b| a.0.cmp(&b.0));
        }
    }
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let data: Vec<Value> = counts
        .iter()
        .map(|(label, value)| json!({"label": label, "value": value}))
        .collect();
    let mut answer = json!({"data": data, "total": total});
    if !matches!(breakdown, Breakdown::Source) {
        answer["unspecified"] = json!(unspecified);
    }
    Ok(ok(answer))
}
