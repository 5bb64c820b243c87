//! The widget's appearance (`livechat/appearance`) and the routing method's configuration
//! (`livechat/config/routing`): settings the agent and admin apps read and write, which
//! `livechat/config` then shows to the widget.

use serde_json::{json, Value};

use crate::access::{authenticate, user_with};
use crate::reply::{done, ok, plain};
use crate::request::{Handled, Request};
use crate::settings::{APPEARANCE, ROUTING_METHOD};
use crate::state::State;

/// The values a multi-select setting may hold (`Livechat_hide_system_messages`' options).
const HIDEABLE_SYSTEM_MESSAGES: &[&str] = &[
    "uj",
    "ul",
    "livechat-close",
    "livechat-started",
    "livechat_transfer_history",
];

/// `GET livechat/appearance` (`view-livechat-manager`): the appearance settings as their
/// stored records.
pub(super) fn get_appearance(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    let appearance: Vec<Value> = APPEARANCE
        .iter()
        .filter_map(|(id, _, _)| state.settings.record(id))
        .collect();
    Ok(ok(json!({ "appearance": appearance })))
}

/// `POST livechat/appearance` `[{_id, value}]` (`view-livechat-manager`), as
/// `apps/meteor/server/api/v1/omnichannel/appearance.ts` has it: an id outside the list fails
/// the whole call with a plain `invalid-setting`; an unchanged value is skipped; a boolean
/// reads `true`/`"true"` as on and anything else as off; an int reads a number as it is and
/// a numeric string by `parseInt` (anything else is 0); a multi-select takes only an array of
/// its options (else it is skipped).
pub(super) fn save_appearance(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    let Ok(Value::Array(items)) = &req.body else {
        return Err(plain("Match error: Expected array"));
    };
    let known = |id: &str| APPEARANCE.iter().find(|(known, _, _)| *known == id);
    let valid = items
        .iter()
        .all(|item| item["_id"].as_str().and_then(known).is_some());
    if !valid {
        return Err(plain("invalid-setting"));
    }
    for item in items {
        let Some((id, _, kind)) = item["_id"].as_str().and_then(known) else {
            continue;
        };
        let value = &item["value"];
        if state.settings.get(id).is_some_and(|s| s.value == *value) {
            continue;
        }
        let value = match *kind {
            "boolean" => json!(*value == json!(true) || *value == json!("true")),
            "int" => json!(coerce_int(value)),
            "multiSelect" => match value {
                Value::Array(list)
                    if list.iter().all(|v| {
                        v.as_str()
                            .is_some_and(|v| HIDEABLE_SYSTEM_MESSAGES.contains(&v))
                    }) =>
                {
                    value.clone()
                }
                _ => continue,
            },
            _ => value.clone(),
        };
        state.settings.set(id, value);
    }
    Ok(done())
}

/// The server's `coerceInt`: a number as it is; a string by `parseInt` (its leading digits);
/// anything else 0.
fn coerce_int(value: &Value) -> Value {
    match value {
        Value::Number(n) => Value::Number(n.clone()),
        Value::String(s) => {
            let s = s.trim_start();
            let (sign, digits) = match s.strip_prefix('-') {
                Some(rest) => (-1, rest),
                None => (1, s.strip_prefix('+').unwrap_or(s)),
            };
            let digits: String = digits.chars().take_while(char::is_ascii_digit).collect();
            json!(digits.parse::<i64>().map_or(0, |n| sign * n))
        }
        _ => json!(0),
    }
}

/// `GET livechat/config/routing` (any user): what the routing method in use tells the agent
/// app (`RoutingManager.getConfig()`, from `app/livechat/server/lib/routing/` and the
/// Enterprise `ee/app/livechat-enterprise/server/lib/routing/`).
pub(super) fn get_routing_config(state: &State, req: &Request) -> Handled {
    authenticate(state, req)?;
    let method = state.settings.text(ROUTING_METHOD);
    let flags: [bool; 7] = match method.as_str() {
        "Manual_Selection" => [true, true, true, false, true, false, false],
        "External" | "Load_Balancing" | "Load_Rotation" => {
            [false, false, false, false, false, true, true]
        }
        // Auto_Selection, the default.
        _ => [false, false, false, true, false, true, true],
    };
    let names = [
        "previewRoom",
        "showConnecting",
        "showQueue",
        "showQueueLink",
        "returnQueue",
        "enableTriggerAction",
        "autoAssignAgent",
    ];
    let config: serde_json::Map<String, Value> = names
        .iter()
        .zip(flags)
        .map(|(name, flag)| ((*name).to_owned(), json!(flag)))
        .collect();
    Ok(ok(json!({ "config": config })))
}
