//! A request as the handlers read it, and the checks and shapes every route shares: the
//! typed routes' key validation, `offset`/`count` paging and the JSON `sort`.

use axum::http::HeaderMap;
use serde_json::{json, Map, Value};

use super::reply::{self, meteor, ok, plain, Reply};

/// A handler's answer: `Err` carries the error reply, so that `?` ends the handler.
pub(crate) type Handled = Result<Reply, Reply>;

/// A parsed request.
pub(crate) struct Request {
    /// The path parameters of the operation's template, percent-decoded.
    pub params: Vec<(&'static str, String)>,
    pub query: Vec<(String, String)>,
    pub headers: HeaderMap,
    /// The JSON body; `Err` holds the parse error of a body that is not JSON.
    pub body: Result<Value, String>,
    /// The parts of a `multipart/form-data` body (`None` for other bodies); `Err` holds the
    /// parse error of a malformed one.
    pub form: Option<Result<Vec<FormPart>, String>>,
}

/// One part of a `multipart/form-data` body.
pub(crate) struct FormPart {
    pub name: String,
    pub file_name: Option<String>,
    pub content_type: Option<String>,
    pub data: axum::body::Bytes,
}

/// The parts of `body`, a `multipart/form-data` body with `boundary`.
pub(crate) async fn form_parts(
    body: axum::body::Bytes,
    boundary: String,
) -> Result<Vec<FormPart>, String> {
    let stream = futures::stream::once(async move { Ok::<_, std::io::Error>(body) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut parts = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(|e| e.to_string())? {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(ToString::to_string);
        let data = field.bytes().await.map_err(|e| e.to_string())?;
        parts.push(FormPart {
            name,
            file_name,
            content_type,
            data,
        });
    }
    Ok(parts)
}

impl Request {
    /// The path parameter `name` of the operation's template (every route's template has
    /// the ones its handler reads; empty otherwise).
    pub(crate) fn param(&self, name: &str) -> &str {
        self.params
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, v)| v.as_str())
    }

    pub(crate) fn query(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn query_all(&self, key: &str) -> Vec<String> {
        self.query
            .iter()
            .filter(|(k, _)| k == key || k.strip_suffix("[]") == Some(key))
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub(crate) fn body(&self) -> Result<&Map<String, Value>, Reply> {
        match &self.body {
            Ok(Value::Object(map)) => Ok(map),
            Ok(_) => Err(reply::invalid_params("invalid-params", "must be object")),
            Err(e) => Err(plain(&format!("Invalid JSON body: {e}"))),
        }
    }
}

/// Typed-route validation: required keys present, no keys beyond `allowed`.
fn check_keys<'a>(
    keys: impl Iterator<Item = &'a str>,
    required: &[&str],
    allowed: &[&str],
    error_type: &str,
    present: impl Fn(&str) -> bool,
) -> Result<(), Reply> {
    for key in required {
        if !present(key) {
            return Err(reply::invalid_params(
                error_type,
                &format!("must have required property '{key}'"),
            ));
        }
    }
    for key in keys {
        if !allowed.contains(&key) && !required.contains(&key) {
            return Err(reply::invalid_params(
                error_type,
                "must NOT have additional properties",
            ));
        }
    }
    Ok(())
}

pub(crate) fn body_keys(
    body: &Map<String, Value>,
    required: &[&str],
    allowed: &[&str],
) -> Result<(), Reply> {
    check_keys(
        body.keys().map(String::as_str),
        required,
        allowed,
        "invalid-params",
        |k| body.get(k).is_some_and(|v| !v.is_null()),
    )
}

pub(crate) fn query_keys(req: &Request, required: &[&str], allowed: &[&str]) -> Result<(), Reply> {
    let keys: Vec<&str> = req
        .query
        .iter()
        .map(|(k, _)| k.trim_end_matches("[]"))
        .collect();
    check_keys(
        keys.into_iter(),
        required,
        allowed,
        "error-invalid-params",
        |k| req.query(k).is_some(),
    )
}

/// An older server's validator where it differs from the newest's
/// ([`RequestRule`](rocketchat_api::RequestRule)): the query of a GET, the body otherwise,
/// with the server's own answers. Checked before the handler's own (the newest server's)
/// checks, so a request passes only what both allow.
pub(crate) fn older_rule(
    req: &Request,
    method: &str,
    rule: &rocketchat_api::RequestRule,
) -> Result<(), Reply> {
    // An open validator only requires; a closed one refuses what it does not name.
    let allowed: &[&str] = if rule.closed { rule.allowed } else { &[] };
    if method == "GET" {
        let keys: Vec<&str> = req
            .query
            .iter()
            .map(|(k, _)| k.trim_end_matches("[]"))
            .filter(|k| rule.closed && !rule.allowed.contains(k))
            .collect();
        check_keys(
            keys.into_iter(),
            rule.required,
            allowed,
            "error-invalid-params",
            |k| req.query(k).is_some(),
        )
    } else {
        let Ok(Value::Object(body)) = &req.body else {
            // Not a JSON object: the handler answers as the server does.
            return Ok(());
        };
        check_keys(
            body.keys()
                .map(String::as_str)
                .filter(|k| rule.closed && !rule.allowed.contains(k)),
            rule.required,
            allowed,
            "invalid-params",
            |k| body.get(k).is_some_and(|v| !v.is_null()),
        )
    }
}

/// Whether one of `record`'s string fields `keys` holds `text`, ignoring case: the lists'
/// text filters (the server's case-insensitive regular expression of the escaped text).
pub(crate) fn text_in(record: &Value, keys: &[&str], text: &str) -> bool {
    let text = text.to_lowercase();
    keys.iter().any(|key| {
        record[*key]
            .as_str()
            .is_some_and(|v| v.to_lowercase().contains(&text))
    })
}

/// The records whose `name` holds `text` (see [`text_in`]), sorted by name unless the
/// request's `sort` says otherwise, paged under `key`: the Enterprise and business-hours
/// lists.
pub(crate) fn named_page<'a>(
    req: &Request,
    records: impl Iterator<Item = &'a Value>,
    text: &str,
    key: &str,
) -> Result<Reply, Reply> {
    let mut list: Vec<Value> = records
        .filter(|r| text_in(r, &["name"], text))
        .cloned()
        .collect();
    sort(req, &mut list, ("name", 1))?;
    Ok(page(req, key, list))
}

pub(crate) fn str_field<'a>(body: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    body.get(key).and_then(Value::as_str)
}

/// `offset`/`count` paging of a list, answered as `{<key>: [...], count, offset, total}`.
pub(crate) fn page(req: &Request, key: &str, items: Vec<Value>) -> Reply {
    let offset: usize = req
        .query("offset")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let count: usize = req
        .query("count")
        .and_then(|v| v.parse().ok())
        .unwrap_or(50)
        .min(100);
    let total = items.len();
    let take = if count == 0 { usize::MAX } else { count };
    let slice: Vec<Value> = items.into_iter().skip(offset).take(take).collect();
    let mut body = Map::new();
    body.insert("count".into(), json!(slice.len()));
    body.insert("offset".into(), json!(offset));
    body.insert("total".into(), json!(total));
    body.insert(key.into(), Value::Array(slice));
    ok(Value::Object(body))
}

/// Sorts by the JSON `sort` parameter (one field, 1 or -1); 400 `error-invalid-sort` otherwise.
pub(crate) fn sort(req: &Request, items: &mut [Value], default: (&str, i64)) -> Result<(), Reply> {
    let (field, direction) = match req.query("sort") {
        None => (default.0.to_owned(), default.1),
        Some(raw) => {
            let parsed: Option<(String, i64)> = serde_json::from_str::<Map<String, Value>>(raw)
                .ok()
                .and_then(|m| m.into_iter().next())
                .and_then(|(k, v)| v.as_i64().filter(|d| *d == 1 || *d == -1).map(|d| (k, d)));
            parsed.ok_or_else(|| {
                meteor(
                    "error-invalid-sort",
                    &format!("Invalid sort parameter provided: \"{raw}\""),
                )
            })?
        }
    };
    items.sort_by(|a, b| {
        let ord = compare(&a[&field], &b[&field]);
        if direction < 0 {
            ord.reverse()
        } else {
            ord
        }
    });
    Ok(())
}

fn compare(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x
            .as_f64()
            .partial_cmp(&y.as_f64())
            .unwrap_or(std::cmp::Ordering::Equal),
        (Value::String(x), Value::String(y)) => x.cmp(y),
        _ => a.to_string().cmp(&b.to_string()),
    }
}
