impl<'a> crate::Call<'a> for UploadFile<'a> {
    type Output = types::UploadResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[177];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::UploadResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        UploadFile::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for UploadFile<'a> {
    type Output = crate::Result<types::UploadResponse>;
    type IntoFuture = crate::CallFuture<'a, types::UploadResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
///Builder for [`Client::upload_file`](super::super::Client::upload_file), whose multipart body codegen encodes.
#[derive(Debug, Clone)]
pub struct UploadFile<'a> {
    client: &'a super::super::Client,
    rid: Option<String>,
    x_visitor_token: Option<crate::SecretString>,
    form: crate::multipart::Form,
    parts: Vec<&'static str>,
}
impl<'a> UploadFile<'a> {
    /// A builder with nothing set.
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client,
            rid: None,
            x_visitor_token: None,
            form: crate::multipart::Form::new(),
            parts: Vec::new(),
        }
    }
    ///Sets `rid`.
    pub fn rid(mut self, value: impl Into<String>) -> Self {
        self.rid = Some(value.into());
        self
    }
    ///Sets `x-visitor-token`.
    pub fn x_visitor_token(mut self, value: impl Into<crate::SecretString>) -> Self {
        self.x_visitor_token = Some(value.into());
        self
    }
    /// Sets a text part.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.form = self.form.text("description", &value.into());
        self.parts.push("description");
        self
    }
    /// Sets the file part.
    pub fn file(
        mut self,
        file_name: impl Into<String>,
        content_type: impl Into<String>,
        bytes: impl Into<Vec<u8>>,
    ) -> Self {
        self.form = self
            .form
            .file("file", &file_name.into(), &content_type.into(), bytes.into());
        self.parts.push("file");
        self
    }
    /// Sends the request.
    pub async fn send(
        self,
    ) -> ::std::result::Result<ResponseValue<types::UploadResponse>, crate::SendError> {
        if !self.parts.contains(&"file") {
            return Err(
                crate::SendError::InvalidRequest(
                    "the form part `file` was not set".to_owned(),
                ),
            );
        }
        let rid: String = self
            .rid
            .ok_or_else(|| crate::SendError::InvalidRequest(
                "`rid` was not set".to_owned(),
            ))?;
        let x_visitor_token: String = self
            .x_visitor_token
            .map(|s| s.expose_secret().to_owned())
            .ok_or_else(|| crate::SendError::InvalidRequest(
                "`x-visitor-token` was not set".to_owned(),
            ))?;
        let url = format!(
            "{}/api/v1/livechat/upload/{}", self.client.baseurl, encode_path(& rid)
        );
        #[allow(unused_mut)]
        let mut header_map = ::reqwest::header::HeaderMap::new();
        let mut value = ::reqwest::header::HeaderValue::from_str(&x_visitor_token)
            .map_err(|_| crate::SendError::InvalidRequest(
                concat!("`", "x-visitor-token", "` is not a valid header value")
                    .to_owned(),
            ))?;
        value.set_sensitive(true);
        header_map
            .insert(
                ::reqwest::header::HeaderName::from_static("x-visitor-token"),
                value,
            );
        crate::multipart::send(
                self.client,
                <Self as crate::Call<'a>>::OPERATION,
                url,
                header_map,
                self.form,
            )
            .await
    }
}
