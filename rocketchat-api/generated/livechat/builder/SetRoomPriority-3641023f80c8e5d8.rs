/**Builder for [`Client::set_room_priority`]

[`Client::set_room_priority`]: super::super::Client::set_room_priority*/
#[derive(Debug, Clone)]
pub struct SetRoomPriority<'a> {
    client: &'a super::super::Client,
    rid: Result<::std::string::String, String>,
    body: Result<types::builder::PriorityIdRequest, String>,
}
impl<'a> SetRoomPriority<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            rid: Err("rid was not initialized".to_string()),
            body: Ok(::std::default::Default::default()),
        }
    }
    pub fn rid<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.rid = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for rid failed".to_string()
            });
        self
    }
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::PriorityIdRequest>,
        <V as std::convert::TryInto<types::PriorityIdRequest>>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `PriorityIdRequest` for body failed: {}", s)
            });
        self
    }
    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::PriorityIdRequest,
        ) -> types::builder::PriorityIdRequest,
    {
        self.body = self.body.map(f);
        self
    }
    ///Sends a `POST` request to `/api/v1/livechat/room/{rid}/priority`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::ApiError>> {
        let Self { client, rid, body } = self;
        let rid = rid.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::PriorityIdRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/room/{}/priority", client.baseurl, encode_path(& rid
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
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "set_room_priority",
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
impl<'a> crate::Call<'a> for SetRoomPriority<'a> {
    type Output = types::SuccessResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[158];
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
        SetRoomPriority::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for SetRoomPriority<'a> {
    type Output = crate::Result<types::SuccessResponse>;
    type IntoFuture = crate::CallFuture<'a, types::SuccessResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
