/**Builder for [`Client::get_me`]

[`Client::get_me`]: super::super::Client::get_me*/
#[derive(Debug, Clone)]
pub struct GetMe<'a> {
    client: &'a super::super::Client,
}
impl<'a> GetMe<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self { client: client }
    }
    ///Sends a `GET` request to `/api/v1/me`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::User>, Error<types::ApiError>> {
        let Self { client } = self;
        let url = format!("{}/api/v1/me", client.baseurl,);
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
            operation_id: "get_me",
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
impl<'a> crate::Call<'a> for GetMe<'a> {
    type Output = types::User;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[64];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::User>, crate::SendError>,
    > + Send + 'a {
        GetMe::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetMe<'a> {
    type Output = crate::Result<types::User>;
    type IntoFuture = crate::CallFuture<'a, types::User>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
