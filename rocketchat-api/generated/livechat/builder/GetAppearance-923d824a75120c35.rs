/**Builder for [`Client::get_appearance`]

[`Client::get_appearance`]: super::super::Client::get_appearance*/
#[derive(Debug, Clone)]
pub struct GetAppearance<'a> {
    client: &'a super::super::Client,
}
impl<'a> GetAppearance<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self { client: client }
    }
    ///Sends a `GET` request to `/api/v1/livechat/appearance`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::AppearanceResponse>, Error<types::ApiError>> {
        let Self { client } = self;
        let url = format!("{}/api/v1/livechat/appearance", client.baseurl,);
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
            operation_id: "get_appearance",
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
impl<'a> crate::Call<'a> for GetAppearance<'a> {
    type Output = types::AppearanceResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[48];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::AppearanceResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetAppearance::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetAppearance<'a> {
    type Output = crate::Result<types::AppearanceResponse>;
    type IntoFuture = crate::CallFuture<'a, types::AppearanceResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
