//! Business hours: the default one the server creates (createDefaultBusinessHourRow: Monday
//! to Friday open, 08:00 to 20:00), and the custom ones an Enterprise server keeps per
//! department. Business hours are off by default (`Livechat_enable_business_hours`), so they
//! do not gate routing here.

use rocketchat_api::types;
use serde_json::{json, Value};

use crate::access::user_with;
use crate::reply::{done, meteor, ok, plain};
use crate::request::{body_keys, named_page, query_keys, str_field, Handled, Request};
use crate::state::{conform, iso, State};

/// The week as the server writes it, Monday first; a day's `code` is its place, from 1.
const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// One day of `workHours` as stored: each time with its `utc` and `cron` forms. The embedded
/// server has no time-zone database and runs in UTC, so the three forms agree.
fn work_day(day: &Value, start: &Value, finish: &Value, open: &Value) -> Value {
    let at = |time: &Value| {
        json!({"time": time, "utc": {"dayOfWeek": day, "time": time},
            "cron": {"dayOfWeek": day, "time": time}})
    };
    let code = DAYS
        .iter()
        .position(|d| day.as_str() == Some(d))
        .map_or(0, |i| i + 1);
    json!({"day": day, "start": at(start), "finish": at(finish), "code": code, "open": open})
}

/// The business hours, with the default one in place.
fn hours(state: &mut State) -> &mut std::collections::BTreeMap<String, Value> {
    if !state
        .business_hours
        .values()
        .any(|h| h["type"] == "default")
    {
        let work: Vec<Value> = DAYS
            .iter()
            .map(|day| {
                let open = !matches!(*day, "Saturday" | "Sunday");
                work_day(&json!(day), &json!("08:00"), &json!("20:00"), &json!(open))
            })
            .collect();
        let ts = iso(state.now());
        let id = state.id();
        state.business_hours.insert(
            id.clone(),
            json!({"_id": id, "name": "", "active": true, "type": "default",
                "timezone": {"name": "UTC", "utc": "0"}, "workHours": work, "ts": ts, "_updatedAt": ts}),
        );
    }
    &mut state.business_hours
}

/// `GET livechat/business-hour?_id=&type=` (`view-livechat-business-hours`): the one with
/// `_id`, else the default; nothing when there is none.
pub(super) fn get_business_hour(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-business-hours"])?;
    query_keys(req, &[], &["_id", "type"])?;
    let wanted = req.query("_id").map(str::to_owned);
    let found = hours(state)
        .values()
        .find(|h| match &wanted {
            Some(id) => h["_id"] == json!(id),
            None => h["type"] == "default",
        })
        .cloned();
    let mut answer = json!({});
    if let Some(hour) = found {
        answer["businessHour"] = conform::<types::BusinessHour>(hour)?;
    }
    Ok(ok(answer))
}

/// `GET livechat/business-hours` (`view-livechat-business-hours`): `name` in the name.
pub(super) fn list_business_hours(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-business-hours"])?;
    query_keys(req, &[], &["name", "offset", "count", "sort"])?;
    let name = req.query("name").unwrap_or_default().to_owned();
    named_page(req, hours(state).values(), &name, "businessHours")
}

/// `POST livechat/business-hours.save` (`view-livechat-business-hours`): the default one is
/// updated in place; a custom one is created, or updated by `_id`.
pub(super) fn save_business_hour(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-business-hours"])?;
    let body = req.body()?.clone();
    let required = [
        "name",
        "timezoneName",
        "daysOpen",
        "workHours",
        "departmentsToApplyBusinessHour",
        "active",
        "type",
    ];
    body_keys(
        &body,
        &required,
        &["_id", "timezone", "daysTime", "departments"],
    )?;
    let kind = str_field(&body, "type").unwrap_or_default().to_owned();
    if kind != "default" && kind != "custom" {
        return Err(plain("Match error: Failed Match.OneOf, Match.Maybe or Match.Optional validation in field type"));
    }
    let Some(Value::Array(days)) = body.get("workHours") else {
        return Err(plain("Match error: Expected array in field workHours"));
    };
    let work: Vec<Value> = days
        .iter()
        .map(|d| work_day(&d["day"], &d["start"], &d["finish"], &d["open"]))
        .collect();
    let id = match (kind.as_str(), str_field(&body, "_id")) {
        ("default", _) => hours(state)
            .values()
            .find(|h| h["type"] == "default")
            .and_then(|h| h["_id"].as_str().map(str::to_owned))
            .unwrap_or_default(),
        (_, Some(id)) if hours(state).contains_key(id) => id.to_owned(),
        (_, Some(_)) => {
            return Err(meteor(
                "error-business-hour-not-found",
                "Business hour not found",
            ))
        }
        (_, None) => state.id(),
    };
    let ts = iso(state.now());
    let timezone = str_field(&body, "timezoneName").unwrap_or("UTC").to_owned();
    let record = json!({
        "_id": id, "name": body["name"], "active": body["active"], "type": kind,
        "timezone": {"name": timezone, "utc": "0"}, "workHours": work, "ts": ts, "_updatedAt": ts,
    });
    let record = conform::<types::BusinessHour>(record)?;
    hours(state).insert(id, record);
    Ok(done())
}

/// `POST livechat/business-hours.remove` `{_id, type}` (`view-livechat-business-hours`): only
/// custom business hours go.
pub(super) fn remove_business_hour(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-business-hours"])?;
    let body = req.body()?;
    body_keys(body, &["_id", "type"], &[])?;
    if str_field(body, "type") != Some("custom") {
        return Err(meteor("error-not-allowed", "Not allowed"));
    }
    let id = str_field(body, "_id").unwrap_or_default().to_owned();
    hours(state)
        .remove(&id)
        .ok_or_else(|| meteor("error-business-hour-not-found", "Business hour not found"))?;
    Ok(done())
}
