/**Builder for [`Client::request_transcript`]

[`Client::request_transcript`]: super::super::Client::request_transcript*/
#[derive(Debug, Clone)]
pub struct RequestTranscript<'a> {
    client: &'a super::super::Client,
    body: Result<types::builder::RequestTranscriptRequest, String>,
}
impl<'a> RequestTranscript<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            body: Ok(::std::default::Default::default()),
        }
    }
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::RequestTranscriptRequest>,
        <V as std::convert::TryInto<
            types::RequestTranscriptRequest,
        >>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!(
                    "conversion to `RequestTranscriptRequest` for body failed: {}", s
                )
            });
        self
    }
    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::RequestTranscriptRequest,
        ) -> types::builder::RequestTranscriptRequest,
    {
        self.body = self.body.map(f);
        self
    }
    ///Sends a `POST` request to `/api/v1/livechat/transcript`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::TextMessageResponse>, Error<types::ApiError>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::RequestTranscriptRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/transcript", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "request_transcript",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
}
impl<'a> crate::Call<'a> for RequestTranscript<'a> {
    type Output = types::TextMessageResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[133];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::TextMessageResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        RequestTranscript::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for RequestTranscript<'a> {
    type Output = crate::Result<types::TextMessageResponse>;
    type IntoFuture = crate::CallFuture<'a, types::TextMessageResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
