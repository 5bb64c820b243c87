/**Builder for [`Client::list_outbound_providers`]

[`Client::list_outbound_providers`]: super::super::Client::list_outbound_providers*/
#[derive(Debug, Clone)]
pub struct ListOutboundProviders<'a> {
    client: &'a super::super::Client,
    type_: Result<Option<::std::string::String>, String>,
}
impl<'a> ListOutboundProviders<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            type_: Ok(None),
        }
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
    ///Sends a `GET` request to `/api/v1/omnichannel/outbound/providers`
    pub async fn send(
        self,
    ) -> Result<
        ResponseValue<types::OutboundProvidersResponse>,
        Error<types::ApiError>,
    > {
        let Self { client, type_ } = self;
        let type_ = type_.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/omnichannel/outbound/providers", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("type", &type_))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_outbound_providers",
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
impl<'a> crate::Call<'a> for ListOutboundProviders<'a> {
    type Output = types::OutboundProvidersResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[99];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::OutboundProvidersResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        ListOutboundProviders::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ListOutboundProviders<'a> {
    type Output = crate::Result<types::OutboundProvidersResponse>;
    type IntoFuture = crate::CallFuture<'a, types::OutboundProvidersResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
