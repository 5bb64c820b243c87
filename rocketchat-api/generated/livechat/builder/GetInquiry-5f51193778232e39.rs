/**Builder for [`Client::get_inquiry`]

[`Client::get_inquiry`]: super::super::Client::get_inquiry*/
#[derive(Debug, Clone)]
pub struct GetInquiry<'a> {
    client: &'a super::super::Client,
    room_id: Result<::std::string::String, String>,
}
impl<'a> GetInquiry<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            room_id: Err("room_id was not initialized".to_string()),
        }
    }
    pub fn room_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.room_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for room_id failed"
                    .to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/inquiries.getOne`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::InquiryResponse>, Error<types::ApiError>> {
        let Self { client, room_id } = self;
        let room_id = room_id.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/inquiries.getOne", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("roomId", &room_id))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_inquiry",
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
impl<'a> crate::Call<'a> for GetInquiry<'a> {
    type Output = types::InquiryResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[61];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::InquiryResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetInquiry::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetInquiry<'a> {
    type Output = crate::Result<types::InquiryResponse>;
    type IntoFuture = crate::CallFuture<'a, types::InquiryResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
