/**Builder for [`Client::set_agent_status`]

[`Client::set_agent_status`]: super::super::Client::set_agent_status*/
#[derive(Debug, Clone)]
pub struct SetAgentStatus<'a> {
    client: &'a super::super::Client,
    body: Result<types::builder::AgentStatusRequest, String>,
}
impl<'a> SetAgentStatus<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            body: Ok(::std::default::Default::default()),
        }
    }
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::AgentStatusRequest>,
        <V as std::convert::TryInto<
            types::AgentStatusRequest,
        >>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `AgentStatusRequest` for body failed: {}", s)
            });
        self
    }
    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::AgentStatusRequest,
        ) -> types::builder::AgentStatusRequest,
    {
        self.body = self.body.map(f);
        self
    }
    ///Sends a `POST` request to `/api/v1/livechat/agent.status`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::AgentStatusResponse>, Error<types::ApiError>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::AgentStatusRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/agent.status", client.baseurl,);
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
            operation_id: "set_agent_status",
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
impl<'a> crate::Call<'a> for SetAgentStatus<'a> {
    type Output = types::AgentStatusResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[156];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::AgentStatusResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        SetAgentStatus::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for SetAgentStatus<'a> {
    type Output = crate::Result<types::AgentStatusResponse>;
    type IntoFuture = crate::CallFuture<'a, types::AgentStatusResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
