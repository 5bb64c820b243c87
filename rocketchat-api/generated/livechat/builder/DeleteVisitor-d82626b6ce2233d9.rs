/**Builder for [`Client::delete_visitor`]

[`Client::delete_visitor`]: super::super::Client::delete_visitor*/
#[derive(Debug, Clone)]
pub struct DeleteVisitor<'a> {
    client: &'a super::super::Client,
    token: Result<::std::string::String, String>,
}
impl<'a> DeleteVisitor<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            token: Err("token was not initialized".to_string()),
        }
    }
    pub fn token<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.token = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for token failed".to_string()
            });
        self
    }
    ///Sends a `DELETE` request to `/api/v1/livechat/visitor/{token}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::DeleteVisitorResponse>, Error<types::ApiError>> {
        let Self { client, token } = self;
        let token = token.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/visitor/{}", client.baseurl, encode_path(& token
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
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_visitor",
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
impl<'a> crate::Call<'a> for DeleteVisitor<'a> {
    type Output = types::DeleteVisitorResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[38];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::DeleteVisitorResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        DeleteVisitor::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for DeleteVisitor<'a> {
    type Output = crate::Result<types::DeleteVisitorResponse>;
    type IntoFuture = crate::CallFuture<'a, types::DeleteVisitorResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
