/**Builder for [`Client::update_priority`]

[`Client::update_priority`]: super::super::Client::update_priority*/
#[derive(Debug, Clone)]
pub struct UpdatePriority<'a> {
    client: &'a super::super::Client,
    priority_id: Result<::std::string::String, String>,
    body: Result<types::builder::UpdatePriorityRequest, String>,
}
impl<'a> UpdatePriority<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            priority_id: Err("priority_id was not initialized".to_string()),
            body: Ok(::std::default::Default::default()),
        }
    }
    pub fn priority_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.priority_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for priority_id failed"
                    .to_string()
            });
        self
    }
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::UpdatePriorityRequest>,
        <V as std::convert::TryInto<
            types::UpdatePriorityRequest,
        >>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `UpdatePriorityRequest` for body failed: {}", s)
            });
        self
    }
    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::UpdatePriorityRequest,
        ) -> types::builder::UpdatePriorityRequest,
    {
        self.body = self.body.map(f);
        self
    }
    ///Sends a `PUT` request to `/api/v1/livechat/priorities/{priorityId}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::ApiError>> {
        let Self { client, priority_id, body } = self;
        let priority_id = priority_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::UpdatePriorityRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/priorities/{}", client.baseurl, encode_path(& priority_id
            .to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .put(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_priority",
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
impl<'a> crate::Call<'a> for UpdatePriority<'a> {
    type Output = types::SuccessResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[172];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::SuccessResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        UpdatePriority::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for UpdatePriority<'a> {
    type Output = crate::Result<types::SuccessResponse>;
    type IntoFuture = crate::CallFuture<'a, types::SuccessResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
