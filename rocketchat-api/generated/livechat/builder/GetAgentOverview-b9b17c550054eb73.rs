/**Builder for [`Client::get_agent_overview`]

[`Client::get_agent_overview`]: super::super::Client::get_agent_overview*/
#[derive(Debug, Clone)]
pub struct GetAgentOverview<'a> {
    client: &'a super::super::Client,
    department_id: Result<Option<::std::string::String>, String>,
    from: Result<::std::string::String, String>,
    name: Result<::std::string::String, String>,
    to: Result<::std::string::String, String>,
}
impl<'a> GetAgentOverview<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            department_id: Ok(None),
            from: Err("from was not initialized".to_string()),
            name: Err("name was not initialized".to_string()),
            to: Err("to was not initialized".to_string()),
        }
    }
    pub fn department_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.department_id = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for department_id failed"
                    .to_string()
            });
        self
    }
    pub fn from<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.from = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for from failed".to_string()
            });
        self
    }
    pub fn name<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.name = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for name failed".to_string()
            });
        self
    }
    pub fn to<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.to = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for to failed".to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/analytics/agent-overview`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::AgentOverview>, Error<types::ApiError>> {
        let Self { client, department_id, from, name, to } = self;
        let department_id = department_id.map_err(Error::InvalidRequest)?;
        let from = from.map_err(Error::InvalidRequest)?;
        let name = name.map_err(Error::InvalidRequest)?;
        let to = to.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/analytics/agent-overview", client.baseurl,
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
            .query(&progenitor_client::QueryParam::new("departmentId", &department_id))
            .query(&progenitor_client::QueryParam::new("from", &from))
            .query(&progenitor_client::QueryParam::new("name", &name))
            .query(&progenitor_client::QueryParam::new("to", &to))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_agent_overview",
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
impl<'a> crate::Call<'a> for GetAgentOverview<'a> {
    type Output = types::AgentOverview;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[43];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::AgentOverview>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetAgentOverview::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetAgentOverview<'a> {
    type Output = crate::Result<types::AgentOverview>;
    type IntoFuture = crate::CallFuture<'a, types::AgentOverview>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
