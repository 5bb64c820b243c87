//! File upload: the multipart operation, through codegen's builder and the same hooks as
//! every other call (credentials, retries, tracing).

use rocketchat_api::types;

use crate::{Result, VisitorSession};

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
    /// Uploads a file into room `rid` as the visitor (multipart, the token in
    /// `x-visitor-token`). Answers the stored file message.
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
        let mut request = self
            .client()
            .api()
            .upload_file()
            .rid(rid)
            .x_visitor_token(self.token())
            .file(file.file_name, file.content_type, file.bytes);
        if let Some(description) = file.description {
            request = request.description(description);
        }
        request.await
    }
}
