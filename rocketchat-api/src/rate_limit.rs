//! Rocket.Chat's rate-limit headers: `x-ratelimit-limit`, `x-ratelimit-remaining`, and
//! `x-ratelimit-reset` (when the window resets, in epoch milliseconds); proxies may send
//! `retry-after` (seconds) instead.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderMap;

fn number(headers: &HeaderMap, name: &str) -> Option<u64> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
}

/// `x-ratelimit-reset`: when the window resets, in epoch milliseconds.
pub fn reset_at_millis(headers: &HeaderMap) -> Option<u64> {
    number(headers, "x-ratelimit-reset")
}

/// `x-ratelimit-limit`: calls allowed per window.
pub fn limit(headers: &HeaderMap) -> Option<u64> {
    number(headers, "x-ratelimit-limit")
}

/// The wait a 429 asks for: until `x-ratelimit-reset`, or `retry-after` seconds.
pub fn wait(headers: &HeaderMap) -> Option<Duration> {
    if let Some(reset) = reset_at_millis(headers) {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .ok()?
            .as_millis() as u64;
        return Some(Duration::from_millis(reset.saturating_sub(now)));
    }
    number(headers, "retry-after").map(Duration::from_secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_headers_give_the_wait() {
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", "3".parse().unwrap());
        assert_eq!(wait(&headers), Some(Duration::from_secs(3)));
        let reset = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_millis() as u64
            + 2_000;
        headers.insert("x-ratelimit-reset", reset.to_string().parse().unwrap());
        headers.insert("x-ratelimit-limit", "10".parse().unwrap());
        let waited = wait(&headers).unwrap();
        assert!(
            waited > Duration::from_millis(1_500) && waited <= Duration::from_secs(2),
            "{waited:?}"
        );
        assert_eq!(limit(&headers), Some(10));
        assert_eq!(wait(&HeaderMap::new()), None);
    }
}
