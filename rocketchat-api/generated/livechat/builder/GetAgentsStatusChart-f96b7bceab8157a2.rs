/**Builder for [`Client::get_agents_status_chart`]

[`Client::get_agents_status_chart`]: super::super::Client::get_agents_status_chart*/
#[derive(Debug, Clone)]
pub struct GetAgentsStatusChart<'a> {
    client: &'a super::super::Client,
    department_id: Result<Option<::std::string::String>, String>,
}
impl<'a> GetAgentsStatusChart<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            department_id: Ok(None),
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
    ///Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/charts/agents-status`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::AgentsStatusChart>, Error<types::ApiError>> {
        let Self { client, department_id } = self;
        let department_id = department_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/analytics/dashboards/charts/agents-status", client
            .baseurl,
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
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_agents_status_chart",
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
impl<'a> crate::Call<'a> for GetAgentsStatusChart<'a> {
    type Output = types::AgentsStatusChart;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[45];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::AgentsStatusChart>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetAgentsStatusChart::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetAgentsStatusChart<'a> {
    type Output = crate::Result<types::AgentsStatusChart>;
    type IntoFuture = crate::CallFuture<'a, types::AgentsStatusChart>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
