/**Builder for [`Client::get_integration_settings`]

[`Client::get_integration_settings`]: super::super::Client::get_integration_settings*/
#[derive(Debug, Clone)]
pub struct GetIntegrationSettings<'a> {
    client: &'a super::super::Client,
}
impl<'a> GetIntegrationSettings<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self { client: client }
    }
    ///Sends a `GET` request to `/api/v1/livechat/integrations.settings`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::SettingsResponse>, Error<types::ApiError>> {
        let Self { client } = self;
        let url = format!("{}/api/v1/livechat/integrations.settings", client.baseurl,);
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
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_integration_settings",
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
impl<'a> crate::Call<'a> for GetIntegrationSettings<'a> {
    type Output = types::SettingsResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[62];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::SettingsResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetIntegrationSettings::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetIntegrationSettings<'a> {
    type Output = crate::Result<types::SettingsResponse>;
    type IntoFuture = crate::CallFuture<'a, types::SettingsResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
