/**Builder for [`Client::list_visitor_rooms`]

[`Client::list_visitor_rooms`]: super::super::Client::list_visitor_rooms*/
#[derive(Debug, Clone)]
pub struct ListVisitorRooms<'a> {
    client: &'a super::super::Client,
    token: Result<::std::string::String, String>,
}
impl<'a> ListVisitorRooms<'a> {
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
    ///Sends a `GET` request to `/api/v1/livechat/visitor/{token}/room`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::VisitorRoomsResponse>, Error<types::ApiError>> {
        let Self { client, token } = self;
        let token = token.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/visitor/{}/room", client.baseurl, encode_path(& token
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
            operation_id: "list_visitor_rooms",
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
impl<'a> crate::Call<'a> for ListVisitorRooms<'a> {
    type Output = types::VisitorRoomsResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[115];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::VisitorRoomsResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        ListVisitorRooms::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ListVisitorRooms<'a> {
    type Output = crate::Result<types::VisitorRoomsResponse>;
    type IntoFuture = crate::CallFuture<'a, types::VisitorRoomsResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
