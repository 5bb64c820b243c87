//! Any operation of the table, called by its row with JSON in and out: for tools that pick
//! the operation at run time (the `rocketchat` CLI, a generic proxy, a scripting bridge).
//! The request goes through the same hooks, version check and error mapping as a builder's.
//! The parameters and body are the caller's to get right; [`REQUESTS`](crate::REQUESTS)
//! describes them.

use std::future::IntoFuture;

use serde_json::Value;

use crate::call::CallFuture;
use crate::transport::encode_path;
use crate::{Client, Items, JsonAnswer, Operation, Page, Result, SendError};

/// A call of `operation` built from names and JSON, from [`Client::raw`]. Awaiting it
/// answers the success body as JSON; [`RawCall::stream`] walks a paged list.
///
/// ```no_run
/// # async fn demo(client: rocketchat_api::Client) -> rocketchat_api::Result<()> {
/// let operation = rocketchat_api::operation("list_rooms").expect("in the table");
/// let page = client.raw(operation).query("open", "true").query("count", "10").await?;
/// println!("{} rooms", page["total"]);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is awaited"]
pub struct RawCall<'a> {
    client: &'a Client,
    operation: &'static Operation,
    path: Vec<(String, String)>,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Option<Value>,
}

impl Client {
    /// A call of `operation` (a row of [`OPERATIONS`](crate::OPERATIONS)) built at run time.
    pub fn raw(&self, operation: &'static Operation) -> RawCall<'_> {
        RawCall {
            client: self,
            operation,
            path: Vec::new(),
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
        }
    }
}

impl<'a> RawCall<'a> {
    /// The operation it calls.
    pub fn operation(&self) -> &'static Operation {
        self.operation
    }

    /// Sets the path parameter `name` (`{name}` in the template); it is percent-encoded.
    pub fn path(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        let name = name.into();
        self.path.retain(|(n, _)| *n != name);
        self.path.push((name, value.into()));
        self
    }

    /// Adds the query parameter `name`; add it again for each value of an array.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Sets the query parameter `name` to this one value, replacing what was set.
    pub fn set_query(mut self, name: &str, value: impl Into<String>) -> Self {
        self.query.retain(|(n, _)| n != name);
        self.query.push((name.to_owned(), value.into()));
        self
    }

    /// Sets the header parameter `name` (e.g. `x-visitor-token`).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// The JSON body.
    pub fn body(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }

    /// The request as it would be sent, before the client's hooks add credentials. A path
    /// parameter of the template that was not set, or a body on an operation whose body is
    /// not JSON, is an [`SendError::InvalidRequest`].
    // The error is the generated client's, which every request answers.
    #[allow(clippy::result_large_err)]
    pub fn request(&self) -> std::result::Result<reqwest::Request, SendError> {
        let mut url = String::with_capacity(self.client.baseurl.len() + self.operation.path.len());
        url.push_str(&self.client.baseurl);
        let mut rest = self.operation.path;
        while let Some(start) = rest.find('{') {
            url.push_str(&rest[..start]);
            let end = rest[start..]
                .find('}')
                .map_or(rest.len(), |end| start + end);
            let name = &rest[start + 1..end];
            let value = self
                .path
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v)
                .ok_or_else(|| {
                    SendError::InvalidRequest(format!("path parameter `{name}` is required"))
                })?;
            url.push_str(&encode_path(value));
            rest = rest.get(end + 1..).unwrap_or("");
        }
        url.push_str(rest);
        let method = reqwest::Method::from_bytes(self.operation.method.as_bytes())
            .map_err(|e| SendError::InvalidRequest(e.to_string()))?;
        let mut builder = self.client.client.request(method, url).query(&self.query);
        for (name, value) in &self.headers {
            builder = builder.header(name.as_str(), value.as_str());
        }
        if let Some(body) = &self.body {
            if !self.operation.generated {
                return Err(SendError::InvalidRequest(format!(
                    "{} takes a multipart body; use its builder",
                    self.operation.id
                )));
            }
            builder = builder.json(body);
        }
        builder
            .build()
            .map_err(|e| SendError::InvalidRequest(e.to_string()))
    }

    /// Every item of a paged list (an operation with [`Operation::page_items`]), walked
    /// page by page from this call's `offset` (0 unless set), `count` items per call: see
    /// [`Items`]. On an operation that is not paged, the one item is the whole answer.
    pub fn stream(self) -> Items<'a, Value> {
        let start = self
            .query
            .iter()
            .find(|(name, _)| name == "offset")
            .and_then(|(_, value)| value.parse::<i64>().ok())
            .unwrap_or(0)
            .max(0);
        let Some(field) = self.operation.page_items else {
            return Items::walk(0, move |offset| {
                let call = self.clone();
                async move {
                    if offset > 0 {
                        return Ok(JsonPage::default());
                    }
                    let answer = call.await?;
                    Ok(JsonPage {
                        items: vec![answer],
                        total: Some(1),
                    })
                }
            });
        };
        Items::walk(start, move |offset| {
            let call = self.clone().set_query("offset", offset.to_string());
            async move {
                let mut answer = call.await?;
                let total = answer.get("total").and_then(Value::as_i64);
                let items = match answer.get_mut(field).map(Value::take) {
                    Some(Value::Array(items)) => items,
                    _ => Vec::new(),
                };
                Ok(JsonPage { items, total })
            }
        })
    }
}

impl<'a> IntoFuture for RawCall<'a> {
    type Output = Result<Value>;
    type IntoFuture = CallFuture<'a, Value>;

    // The request's error is the generated client's, which every operation answers.
    #[allow(clippy::result_large_err)]
    fn into_future(self) -> Self::IntoFuture {
        let (client, operation) = (self.client, self.operation);
        Box::pin(crate::call::perform::<Value, JsonAnswer>(
            client,
            operation,
            move || self.request(),
        ))
    }
}

/// A page of a raw paged list.
#[derive(Default)]
struct JsonPage {
    items: Vec<Value>,
    total: Option<i64>,
}

impl Page for JsonPage {
    type Item = Value;
    fn items(&self) -> &[Value] {
        &self.items
    }
    fn into_items(self) -> Vec<Value> {
        self.items
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_the_path_query_and_body_from_names() {
        let client = Client::without_hooks("http://127.0.0.1:1");
        let operation = crate::operation("get_transfer_history").unwrap();
        let request = client
            .raw(operation)
            .path("rid", "a/b c")
            .query("count", "5")
            .request()
            .unwrap();
        assert_eq!(
            request.url().as_str(),
            "http://127.0.0.1:1/api/v1/livechat/transfer.history/a%2Fb%20c?count=5"
        );
        let missing = client.raw(operation).request().unwrap_err();
        assert!(missing.to_string().contains("`rid`"), "{missing}");
    }
}
