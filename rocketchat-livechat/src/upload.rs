//! File upload: the one operation the generator cannot send (a multipart body), written here
//! on the generated client's HTTP client.

use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use reqwest::header::HeaderValue;
use rocketchat_api::{types, ClientInfo};

use crate::error::{classify_raw, transport, Error, Result};
use crate::VisitorSession;

const OPERATION: &str = "upload_file";

/// A file to upload.
#[derive(Debug, Clone)]
pub struct Upload {
    /// File name shown in the room.
    pub file_name: String,
    /// MIME type, e.g. `image/png`; the server checks it against its allowed types.
    pub content_type: String,
    /// The bytes.
    pub bytes: Vec<u8>,
    /// Optional text shown with the file.
    pub description: Option<String>,
}

impl VisitorSession {
    /// Uploads a file into room `rid` as the visitor (`POST livechat/upload/{rid}`, multipart,
    /// the token in `x-visitor-token`). Answers the stored file message.
    ///
    /// ```no_run
    /// # async fn demo(visitor: rocketchat_livechat::VisitorSession) -> rocketchat_livechat::Result<()> {
    /// use rocketchat_livechat::Upload;
    /// let receipt = Upload {
    ///     file_name: "receipt.png".into(),
    ///     content_type: "image/png".into(),
    ///     bytes: std::fs::read("receipt.png").unwrap_or_default(),
    ///     description: Some("my receipt".into()),
    /// };
    /// visitor.upload("Gzbn7tvjeLkbjuHnW", receipt).await?;
    /// # Ok(()) }
    /// ```
    pub async fn upload(&self, rid: &str, file: Upload) -> Result<types::UploadResponse> {
        let invalid = |message: &str| Error::InvalidRequest {
            operation: OPERATION,
            message: message.to_owned(),
        };
        if rid.is_empty() || rid == "." || rid == ".." {
            return Err(invalid("the room id may not be empty, `.` or `..`"));
        }
        let api = self.client().api();
        let url = format!(
            "{}/api/v1/livechat/upload/{}",
            api.baseurl(),
            utf8_percent_encode(rid, NON_ALPHANUMERIC)
        );
        let mut token = HeaderValue::from_str(self.token().expose_secret())
            .map_err(|_| invalid("the visitor token is not a valid header value"))?;
        token.set_sensitive(true);
        let part = reqwest::multipart::Part::bytes(file.bytes)
            .file_name(file.file_name)
            .mime_str(&file.content_type)
            .map_err(|_| invalid("the content type is not a MIME type"))?;
        let mut form = reqwest::multipart::Form::new().part("file", part);
        if let Some(description) = file.description {
            form = form.text("description", description);
        }
        let response = api
            .client()
            .post(url)
            .header("x-visitor-token", token)
            .header(reqwest::header::ACCEPT, "application/json")
            .multipart(form)
            .send()
            .await
            .map_err(|e| transport(OPERATION, e))?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let bytes = response
            .bytes()
            .await
            .map_err(|e| transport(OPERATION, e))?;
        if (200..300).contains(&status) {
            serde_json::from_slice(&bytes)
                .map_err(|e| classify_raw(OPERATION, status, &headers, &bytes, e.to_string()))
        } else {
            Err(classify_raw(
                OPERATION,
                status,
                &headers,
                &bytes,
                "error status".into(),
            ))
        }
    }
}
