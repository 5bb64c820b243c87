/**Builder for [`Client::get_canned_response`]

[`Client::get_canned_response`]: super::super::Client::get_canned_response*/
#[derive(Debug, Clone)]
pub struct GetCannedResponse<'a> {
    client: &'a super::super::Client,
    id: Result<::std::string::String, String>,
}
impl<'a> GetCannedResponse<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
        }
    }
    pub fn id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for id failed".to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/canned-responses/{_id}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::CannedResponseResponse>, Error<types::ApiError>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/canned-responses/{}", client.baseurl, encode_path(& id
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
            operation_id: "get_canned_response",
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
impl<'a> crate::Call<'a> for GetCannedResponse<'a> {
    type Output = types::CannedResponseResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[50];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::CannedResponseResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetCannedResponse::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetCannedResponse<'a> {
    type Output = crate::Result<types::CannedResponseResponse>;
    type IntoFuture = crate::CallFuture<'a, types::CannedResponseResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
