//! Multipart bodies, which progenitor cannot send: a form encoded up front (so that a retry
//! can send it again), and the request that goes through the same hooks as every other call.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::{Client, SendError};

/// A `multipart/form-data` body. It is encoded when sent, with a boundary that occurs in
/// no part.
#[derive(Clone)]
pub struct Form {
    seed: u64,
    parts: Vec<Part>,
}

#[derive(Clone)]
struct Part {
    disposition: String,
    content_type: Option<String>,
    value: Vec<u8>,
}

impl std::fmt::Debug for Form {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Form")
            .field("parts", &self.parts.len())
            .finish_non_exhaustive()
    }
}

/// A header parameter value: quotes escaped, line breaks dropped (what browsers do).
fn quoted(value: &str) -> String {
    value
        .chars()
        .filter(|c| *c != '\r' && *c != '\n')
        .map(|c| {
            if c == '"' {
                "%22".to_owned()
            } else {
                c.to_string()
            }
        })
        .collect()
}

impl Default for Form {
    fn default() -> Self {
        Self::new()
    }
}

impl Form {
    /// An empty form.
    pub fn new() -> Self {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or_default();
        Form {
            seed: seed ^ NEXT.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed),
            parts: Vec::new(),
        }
    }

    /// Adds a text field.
    pub fn text(mut self, name: &str, value: &str) -> Self {
        self.parts.push(Part {
            disposition: format!("form-data; name=\"{}\"", quoted(name)),
            content_type: None,
            value: value.as_bytes().to_vec(),
        });
        self
    }

    /// Adds a file.
    pub fn file(mut self, name: &str, file_name: &str, content_type: &str, bytes: Vec<u8>) -> Self {
        self.parts.push(Part {
            disposition: format!(
                "form-data; name=\"{}\"; filename=\"{}\"",
                quoted(name),
                quoted(file_name)
            ),
            content_type: Some(quoted(content_type)),
            value: bytes,
        });
        self
    }

    /// The first boundary, from the form's seed on, that occurs in no part.
    fn boundary(&self) -> String {
        (0u64..)
            .map(|n| format!("rocketchat-{:016x}", self.seed.wrapping_add(n)))
            .find(|b| {
                !self
                    .parts
                    .iter()
                    .any(|p| p.value.windows(b.len()).any(|w| w == b.as_bytes()))
            })
            .unwrap_or_default()
    }

    /// The `Content-Type` header and the encoded body.
    pub fn encode(self) -> (String, Vec<u8>) {
        let boundary = self.boundary();
        let mut body = Vec::new();
        for part in self.parts {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: {}\r\n",
                    part.disposition
                )
                .as_bytes(),
            );
            if let Some(content_type) = part.content_type {
                body.extend_from_slice(format!("Content-Type: {content_type}\r\n").as_bytes());
            }
            body.extend_from_slice(b"\r\n");
            body.extend_from_slice(&part.value);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        (format!("multipart/form-data; boundary={boundary}"), body)
    }
}

/// The request that posts a multipart `form` to `url` (sent like every other request, through
/// [`Call::send`](crate::Call::send): path check, credentials, retries, tracing).
// The error is the generated client's, which every operation answers.
#[allow(clippy::result_large_err)]
pub fn request(
    client: &Client,
    url: String,
    headers: reqwest::header::HeaderMap,
    form: Form,
) -> Result<reqwest::Request, SendError> {
    let (content_type, body) = form.encode();
    Ok(client
        .client
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .headers(headers)
        .body(body)
        .build()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_framed_by_the_boundary() {
        let form = Form::new()
            .file("file", "a\"b.png", "image/png", b"PNG".to_vec())
            .text("description", "my receipt");
        let boundary = form.boundary();
        let (content_type, body) = form.encode();
        assert_eq!(
            content_type,
            format!("multipart/form-data; boundary={boundary}")
        );
        assert_eq!(
            String::from_utf8(body).unwrap(),
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a%22b.png\"\r\nContent-Type: image/png\r\n\r\nPNG\r\n\
                 --{boundary}\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nmy receipt\r\n--{boundary}--\r\n"
            )
        );
    }

    #[test]
    fn content_holding_the_boundary_gets_another_one() {
        let form = Form::new();
        let first = form.boundary();
        let form = form.file(
            "f",
            "x.bin",
            "application/octet-stream",
            [&[0xff_u8][..], first.as_bytes()].concat(),
        );
        let boundary = form.boundary();
        assert_ne!(boundary, first);
        let (_, body) = form.encode();
        assert_eq!(
            body.windows(boundary.len())
                .filter(|w| *w == boundary.as_bytes())
                .count(),
            2
        );
    }
}
