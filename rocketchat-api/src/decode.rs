//! JSON bodies into models, as the client reads every success answer.

use serde::de::DeserializeOwned;

/// Decodes `body` into `T`. The body's UTF-8 is checked once, up front, and the text parsed
/// as a `str`: serde_json's byte reader checks each string it reads again, which a profile of
/// the rooms and history decodes showed as a twentieth of their time. A body that is not UTF-8
/// goes to the byte reader, whose error says where the bad byte is.
pub fn json<T: DeserializeOwned>(body: &[u8]) -> serde_json::Result<T> {
    match std::str::from_utf8(body) {
        Ok(text) => serde_json::from_str(text),
        Err(_) => serde_json::from_slice(body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn reads_text_and_says_where_bytes_are_bad() {
        let value: Value =
            json("{\"name\": \"\\u00e9t\\u00e9\", \"raw\": \"é\"}".as_bytes()).unwrap();
        assert_eq!(
            (value["name"].as_str(), value["raw"].as_str()),
            (Some("été"), Some("é"))
        );
        assert_eq!(json::<Value>(b"[1, 2]").unwrap(), serde_json::json!([1, 2]));
        let error = json::<Value>(b"{\"name\": \"\xff\"}").unwrap_err();
        assert!(error.to_string().contains("invalid unicode"), "{error}");
        assert_eq!(error.column(), 11);
        assert!(json::<Value>(b"").unwrap_err().is_eof());
    }
}
