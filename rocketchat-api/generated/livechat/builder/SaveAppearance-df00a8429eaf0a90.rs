/**Builder for [`Client::save_appearance`]

[`Client::save_appearance`]: super::super::Client::save_appearance*/
#[derive(Debug, Clone)]
pub struct SaveAppearance<'a> {
    client: &'a super::super::Client,
    body: Result<types::AppearanceRequest, String>,
}
impl<'a> SaveAppearance<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            body: Err("body was not initialized".to_string()),
        }
    }
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::AppearanceRequest>,
    {
        self.body = value
            .try_into()
            .map_err(|_| {
                "conversion to `AppearanceRequest` for body failed".to_string()
            });
        self
    }
    ///Sends a `POST` request to `/api/v1/livechat/appearance`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::ApiError>> {
        let Self { client, body } = self;
        let body = body.map_err(Error::InvalidRequest)?;
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
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "save_appearance",
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
impl<'a> crate::Call<'a> for SaveAppearance<'a> {
    type Output = types::SuccessResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[140];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::SuccessResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        SaveAppearance::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for SaveAppearance<'a> {
    type Output = crate::Result<types::SuccessResponse>;
    type IntoFuture = crate::CallFuture<'a, types::SuccessResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
