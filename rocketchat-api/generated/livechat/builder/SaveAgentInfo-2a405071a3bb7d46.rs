/**Builder for [`Client::save_agent_info`]

[`Client::save_agent_info`]: super::super::Client::save_agent_info*/
#[derive(Debug, Clone)]
pub struct SaveAgentInfo<'a> {
    client: &'a super::super::Client,
    body: Result<types::builder::SaveAgentInfoRequest, String>,
}
impl<'a> SaveAgentInfo<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            body: Ok(::std::default::Default::default()),
        }
    }
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SaveAgentInfoRequest>,
        <V as std::convert::TryInto<
            types::SaveAgentInfoRequest,
        >>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `SaveAgentInfoRequest` for body failed: {}", s)
            });
        self
    }
    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::SaveAgentInfoRequest,
        ) -> types::builder::SaveAgentInfoRequest,
    {
        self.body = self.body.map(f);
        self
    }
    ///Sends a `POST` request to `/api/v1/livechat/agents.saveInfo`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::ApiError>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::SaveAgentInfoRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/agents.saveInfo", client.baseurl,);
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
            operation_id: "save_agent_info",
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
impl<'a> crate::Call<'a> for SaveAgentInfo<'a> {
    type Output = types::SuccessResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[139];
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
        SaveAgentInfo::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for SaveAgentInfo<'a> {
    type Output = crate::Result<types::SuccessResponse>;
    type IntoFuture = crate::CallFuture<'a, types::SuccessResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
