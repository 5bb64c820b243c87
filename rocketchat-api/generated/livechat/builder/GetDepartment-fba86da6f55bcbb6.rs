/**Builder for [`Client::get_department`]

[`Client::get_department`]: super::super::Client::get_department*/
#[derive(Debug, Clone)]
pub struct GetDepartment<'a> {
    client: &'a super::super::Client,
    id: Result<::std::string::String, String>,
    include_agents: Result<Option<bool>, String>,
    only_my_departments: Result<Option<bool>, String>,
}
impl<'a> GetDepartment<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            include_agents: Ok(None),
            only_my_departments: Ok(None),
        }
    }
    pub fn id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for id failed".to_string()
            });
        self
    }
    pub fn include_agents<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.include_agents = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `bool` for include_agents failed".to_string());
        self
    }
    pub fn only_my_departments<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.only_my_departments = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `bool` for only_my_departments failed".to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/department/{_id}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::DepartmentResponse>, Error<types::ApiError>> {
        let Self { client, id, include_agents, only_my_departments } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let include_agents = include_agents.map_err(Error::InvalidRequest)?;
        let only_my_departments = only_my_departments.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/department/{}", client.baseurl, encode_path(& id
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
            .query(&progenitor_client::QueryParam::new("includeAgents", &include_agents))
            .query(
                &progenitor_client::QueryParam::new(
                    "onlyMyDepartments",
                    &only_my_departments,
                ),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_department",
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
impl<'a> crate::Call<'a> for GetDepartment<'a> {
    type Output = types::DepartmentResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[60];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::DepartmentResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetDepartment::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetDepartment<'a> {
    type Output = crate::Result<types::DepartmentResponse>;
    type IntoFuture = crate::CallFuture<'a, types::DepartmentResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
