/**Builder for [`Client::list_unit_monitors`]

[`Client::list_unit_monitors`]: super::super::Client::list_unit_monitors*/
#[derive(Debug, Clone)]
pub struct ListUnitMonitors<'a> {
    client: &'a super::super::Client,
    unit_id: Result<::std::string::String, String>,
}
impl<'a> ListUnitMonitors<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            unit_id: Err("unit_id was not initialized".to_string()),
        }
    }
    pub fn unit_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.unit_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for unit_id failed"
                    .to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/units/{unitId}/monitors`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::UnitMonitorsResponse>, Error<types::ApiError>> {
        let Self { client, unit_id } = self;
        let unit_id = unit_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/units/{}/monitors", client.baseurl, encode_path(& unit_id
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
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_unit_monitors",
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
impl<'a> crate::Call<'a> for ListUnitMonitors<'a> {
    type Output = types::UnitMonitorsResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[112];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::UnitMonitorsResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        ListUnitMonitors::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ListUnitMonitors<'a> {
    type Output = crate::Result<types::UnitMonitorsResponse>;
    type IntoFuture = crate::CallFuture<'a, types::UnitMonitorsResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
