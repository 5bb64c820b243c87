/**Builder for [`Client::list_agent_departments`]

[`Client::list_agent_departments`]: super::super::Client::list_agent_departments*/
#[derive(Debug, Clone)]
pub struct ListAgentDepartments<'a> {
    client: &'a super::super::Client,
    agent_id: Result<::std::string::String, String>,
    enabled_departments_only: Result<Option<bool>, String>,
}
impl<'a> ListAgentDepartments<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            agent_id: Err("agent_id was not initialized".to_string()),
            enabled_departments_only: Ok(None),
        }
    }
    pub fn agent_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.agent_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for agent_id failed"
                    .to_string()
            });
        self
    }
    pub fn enabled_departments_only<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.enabled_departments_only = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `bool` for enabled_departments_only failed".to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/agents/{agentId}/departments`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::AgentDepartmentsResponse>, Error<types::ApiError>> {
        let Self { client, agent_id, enabled_departments_only } = self;
        let agent_id = agent_id.map_err(Error::InvalidRequest)?;
        let enabled_departments_only = enabled_departments_only
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/agents/{}/departments", client.baseurl, encode_path(&
            agent_id.to_string()),
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
            .query(
                &progenitor_client::QueryParam::new(
                    "enabledDepartmentsOnly",
                    &enabled_departments_only,
                ),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_agent_departments",
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
impl<'a> crate::Call<'a> for ListAgentDepartments<'a> {
    type Output = types::AgentDepartmentsResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[87];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::AgentDepartmentsResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        ListAgentDepartments::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ListAgentDepartments<'a> {
    type Output = crate::Result<types::AgentDepartmentsResponse>;
    type IntoFuture = crate::CallFuture<'a, types::AgentDepartmentsResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
