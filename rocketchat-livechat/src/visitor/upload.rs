//! File upload: the spec's multipart operation, through codegen's builder and the same hooks
//! as every other call (credentials, retries, tracing).

use rocketchat_api::builder;

use crate::VisitorSession;

impl VisitorSession {
    /// Uploads a file into room `rid` as the visitor: the generated `upload_file` builder with
    /// the room and the visitor token (`x-visitor-token`) set; set the form's parts (`file`,
    /// optionally `description`) and await it for the stored file message.
    ///
    /// ```no_run
    /// # async fn demo(visitor: rocketchat_livechat::VisitorSession) -> rocketchat_livechat::Result<()> {
    /// let bytes = std::fs::read("receipt.png").unwrap_or_default();
    /// visitor
    ///     .upload("Gzbn7tvjeLkbjuHnW")
    ///     .file("receipt.png", "image/png", bytes)
    ///     .description("my receipt")
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn upload(&self, rid: &str) -> builder::UploadFile<'_> {
        self.client()
            .api()
            .upload_file()
            .rid(rid)
            .x_visitor_token(self.token())
    }
}
