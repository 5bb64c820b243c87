/**Builder for [`Client::autocomplete_visitors`]

[`Client::autocomplete_visitors`]: super::super::Client::autocomplete_visitors*/
#[derive(Debug, Clone)]
pub struct AutocompleteVisitors<'a> {
    client: &'a super::super::Client,
    selector: Result<::std::string::String, String>,
}
impl<'a> AutocompleteVisitors<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            selector: Err("selector was not initialized".to_string()),
        }
    }
    pub fn selector<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.selector = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for selector failed"
                    .to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/visitors.autocomplete`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::NamedItemsResponse>, Error<types::ApiError>> {
        let Self { client, selector } = self;
        let selector = selector.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/visitors.autocomplete", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("selector", &selector))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "autocomplete_visitors",
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
impl<'a> crate::Call<'a> for AutocompleteVisitors<'a> {
    type Output = types::NamedItemsResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[13];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::NamedItemsResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        AutocompleteVisitors::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for AutocompleteVisitors<'a> {
    type Output = crate::Result<types::NamedItemsResponse>;
    type IntoFuture = crate::CallFuture<'a, types::NamedItemsResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
