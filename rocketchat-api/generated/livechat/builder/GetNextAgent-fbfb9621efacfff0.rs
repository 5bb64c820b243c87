/**Builder for [`Client::get_next_agent`]

[`Client::get_next_agent`]: super::super::Client::get_next_agent*/
#[derive(Debug, Clone)]
pub struct GetNextAgent<'a> {
    client: &'a super::super::Client,
    token: Result<::std::string::String, String>,
    department: Result<Option<::std::string::String>, String>,
}
impl<'a> GetNextAgent<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            token: Err("token was not initialized".to_string()),
            department: Ok(None),
        }
    }
    pub fn token<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.token = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for token failed".to_string()
            });
        self
    }
    pub fn department<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.department = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for department failed"
                    .to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/agent.next/{token}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::AgentInfoResponse>, Error<types::ApiError>> {
        let Self { client, token, department } = self;
        let token = token.map_err(Error::InvalidRequest)?;
        let department = department.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/agent.next/{}", client.baseurl, encode_path(& token
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
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("department", &department))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_next_agent",
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
impl<'a> crate::Call<'a> for GetNextAgent<'a> {
    type Output = types::AgentInfoResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[67];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::AgentInfoResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetNextAgent::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetNextAgent<'a> {
    type Output = crate::Result<types::AgentInfoResponse>;
    type IntoFuture = crate::CallFuture<'a, types::AgentInfoResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
