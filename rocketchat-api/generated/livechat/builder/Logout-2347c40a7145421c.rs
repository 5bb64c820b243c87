/**Builder for [`Client::logout`]

[`Client::logout`]: super::super::Client::logout*/
#[derive(Debug, Clone)]
pub struct Logout<'a> {
    client: &'a super::super::Client,
}
impl<'a> Logout<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self { client: client }
    }
    ///Sends a `POST` request to `/api/v1/logout`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::LogoutResponse>, Error<types::ApiError>> {
        let Self { client } = self;
        let url = format!("{}/api/v1/logout", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "logout",
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
impl<'a> crate::Call<'a> for Logout<'a> {
    type Output = types::LogoutResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[117];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::LogoutResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        Logout::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for Logout<'a> {
    type Output = crate::Result<types::LogoutResponse>;
    type IntoFuture = crate::CallFuture<'a, types::LogoutResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
