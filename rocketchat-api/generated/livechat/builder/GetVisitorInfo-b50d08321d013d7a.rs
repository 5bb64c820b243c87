/**Builder for [`Client::get_visitor_info`]

[`Client::get_visitor_info`]: super::super::Client::get_visitor_info*/
#[derive(Debug, Clone)]
pub struct GetVisitorInfo<'a> {
    client: &'a super::super::Client,
    visitor_id: Result<::std::string::String, String>,
}
impl<'a> GetVisitorInfo<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            visitor_id: Err("visitor_id was not initialized".to_string()),
        }
    }
    pub fn visitor_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.visitor_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for visitor_id failed"
                    .to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/visitors.info`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::VisitorResponse>, Error<types::ApiError>> {
        let Self { client, visitor_id } = self;
        let visitor_id = visitor_id.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/visitors.info", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("visitorId", &visitor_id))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_visitor_info",
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
impl<'a> crate::Call<'a> for GetVisitorInfo<'a> {
    type Output = types::VisitorResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[83];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::VisitorResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetVisitorInfo::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetVisitorInfo<'a> {
    type Output = crate::Result<types::VisitorResponse>;
    type IntoFuture = crate::CallFuture<'a, types::VisitorResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
