/**Builder for [`Client::get_config`]

[`Client::get_config`]: super::super::Client::get_config*/
#[derive(Debug, Clone)]
pub struct GetConfig<'a> {
    client: &'a super::super::Client,
    business_unit: Result<Option<::std::string::String>, String>,
    department: Result<Option<::std::string::String>, String>,
    token: Result<Option<crate::SecretString>, String>,
}
impl<'a> GetConfig<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            business_unit: Ok(None),
            department: Ok(None),
            token: Ok(None),
        }
    }
    pub fn business_unit<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.business_unit = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for business_unit failed"
                    .to_string()
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
    pub fn token<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<crate::SecretString>,
    {
        self.token = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `crate :: SecretString` for token failed".to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/config`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::ConfigResponse>, Error<types::ApiError>> {
        let Self { client, business_unit, department, token } = self;
        let business_unit = business_unit.map_err(Error::InvalidRequest)?;
        let department = department.map_err(Error::InvalidRequest)?;
        let token = token.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/config", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("businessUnit", &business_unit))
            .query(&progenitor_client::QueryParam::new("department", &department))
            .query(&progenitor_client::QueryParam::new("token", &token))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_config",
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
impl<'a> crate::Call<'a> for GetConfig<'a> {
    type Output = types::ConfigResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[56];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::ConfigResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetConfig::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetConfig<'a> {
    type Output = crate::Result<types::ConfigResponse>;
    type IntoFuture = crate::CallFuture<'a, types::ConfigResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
