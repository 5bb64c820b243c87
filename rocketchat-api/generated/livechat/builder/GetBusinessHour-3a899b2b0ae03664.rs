/**Builder for [`Client::get_business_hour`]

[`Client::get_business_hour`]: super::super::Client::get_business_hour*/
#[derive(Debug, Clone)]
pub struct GetBusinessHour<'a> {
    client: &'a super::super::Client,
    id: Result<Option<::std::string::String>, String>,
    type_: Result<Option<::std::string::String>, String>,
}
impl<'a> GetBusinessHour<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            id: Ok(None),
            type_: Ok(None),
        }
    }
    pub fn id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.id = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for id failed".to_string()
            });
        self
    }
    pub fn type_<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.type_ = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for type_ failed".to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/business-hour`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::BusinessHourResponse>, Error<types::ApiError>> {
        let Self { client, id, type_ } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let type_ = type_.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/business-hour", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("_id", &id))
            .query(&progenitor_client::QueryParam::new("type", &type_))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_business_hour",
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
impl<'a> crate::Call<'a> for GetBusinessHour<'a> {
    type Output = types::BusinessHourResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[49];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::BusinessHourResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetBusinessHour::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetBusinessHour<'a> {
    type Output = crate::Result<types::BusinessHourResponse>;
    type IntoFuture = crate::CallFuture<'a, types::BusinessHourResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
