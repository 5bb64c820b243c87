//! The REST rate limiter, as the server's `APIClass` applies it (`enforceRateLimit`): one
//! budget per route and method (and client address, which is always 127.0.0.1 here), counted
//! in a window that opens with the window's first call. Every answer of a limited route
//! carries `X-RateLimit-Limit`, `-Remaining` and `-Reset` (epoch milliseconds); the call
//! over the budget is a 429. Users whose role has `api-bypass-rate-limit` (admin, bot, app)
//! are not counted; visitors always are. `API_Enable_Rate_Limiter` switches it off, as
//! tests that make many calls do (the server's own test mode has it off).

use std::collections::HashMap;
use std::time::Duration;

use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use serde_json::json;

use super::reply::Reply;
use super::settings::{Settings, RATE_LIMITER, RATE_LIMIT_CALLS, RATE_LIMIT_TIME};
use rocketchat_api::{operations, Operation};

/// The routes that set their own rule (`rateLimiterOptions`): calls per window.
const OWN_RULES: &[(&Operation, u32, u64)] = &[
    (operations::REGISTER_VISITOR, 5, 60_000),
    (operations::GET_VISITOR, 10, 60_000),
    (operations::DELETE_VISITOR, 5, 60_000),
    (operations::GET_ROOM, 5, 60_000),
    (operations::REQUEST_TRANSCRIPT, 5, 60_000),
    (operations::SEND_OFFLINE_MESSAGE, 1, 5_000),
    (operations::UPLOAD_FILE, 5, 10_000),
    (operations::TEST_TRIGGER_EXTERNAL_SERVICE, 15, 60_000),
    (operations::CALL_TRIGGER_EXTERNAL_SERVICE, 10, 60_000),
];

/// The roles with `api-bypass-rate-limit`.
pub(crate) const BYPASS_ROLES: &[&str] = &["admin", "bot", "app"];

/// The limiter's windows, by route.
#[derive(Debug, Default)]
pub(crate) struct Limiter {
    windows: HashMap<&'static str, Window>,
    /// How far the tests moved the limiter's clock on (`LivechatServer::advance_rate_limits`).
    pub skew: Duration,
}

#[derive(Debug, Clone, Copy)]
struct Window {
    opened: DateTime<Utc>,
    calls: u32,
}

/// The headers of a limited route's answer, and whether the call is over the budget.
#[derive(Debug, Clone)]
pub(crate) struct Verdict {
    pub limit: u32,
    pub remaining: u32,
    /// When the window closes, in epoch milliseconds.
    pub reset: i64,
    pub over: Option<Reply>,
}

impl Limiter {
    /// Counts one call of `operation`; `None` when the limiter does not apply to it.
    pub fn count(&mut self, settings: &Settings, operation: &'static Operation) -> Option<Verdict> {
        if !settings.flag(RATE_LIMITER) {
            return None;
        }
        let (limit, window_ms) = OWN_RULES
            .iter()
            .find(|(own, _, _)| own.id == operation.id)
            .map(|(_, calls, ms)| (*calls, *ms))
            .or_else(|| {
                let calls = settings.number(RATE_LIMIT_CALLS)?;
                let ms = settings.number(RATE_LIMIT_TIME)?;
                Some((u32::try_from(calls).ok()?, u64::try_from(ms).ok()?))
            })
            .filter(|(calls, ms)| *calls > 0 && *ms > 0)?;
        let now = Utc::now() + chrono::Duration::from_std(self.skew).unwrap_or_default();
        let window = chrono::Duration::milliseconds(i64::try_from(window_ms).unwrap_or(i64::MAX));
        let entry = self.windows.entry(operation.id).or_insert(Window {
            opened: now,
            calls: 0,
        });
        if now - entry.opened >= window {
            *entry = Window {
                opened: now,
                calls: 0,
            };
        }
        entry.calls = entry.calls.saturating_add(1);
        let left = entry.opened + window - now;
        let over = (entry.calls > limit).then(|| {
            let seconds = (left.num_milliseconds() + 999) / 1000;
            (
                StatusCode::TOO_MANY_REQUESTS,
                json!({
                    "success": false,
                    "error": format!(
                        "Error, too many requests. Please slow down. You must wait {seconds} seconds before trying this endpoint again. [error-too-many-requests]"
                    ),
                }),
            )
        });
        Some(Verdict {
            limit,
            remaining: limit.saturating_sub(entry.calls),
            // The reset is told on the caller's clock, not the moved one.
            reset: (Utc::now() + left).timestamp_millis(),
            over,
        })
    }
}
