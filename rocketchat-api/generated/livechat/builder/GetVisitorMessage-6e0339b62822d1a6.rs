/**Builder for [`Client::get_visitor_message`]

[`Client::get_visitor_message`]: super::super::Client::get_visitor_message*/
#[derive(Debug, Clone)]
pub struct GetVisitorMessage<'a> {
    client: &'a super::super::Client,
    id: Result<::std::string::String, String>,
    rid: Result<::std::string::String, String>,
    token: Result<crate::SecretString, String>,
}
impl<'a> GetVisitorMessage<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            rid: Err("rid was not initialized".to_string()),
            token: Err("token was not initialized".to_string()),
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
    pub fn token<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<crate::SecretString>,
    {
        self.token = value
            .try_into()
            .map_err(|_| {
                "conversion to `crate :: SecretString` for token failed".to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/message/{_id}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::MessageResponse>, Error<types::ApiError>> {
        let Self { client, id, rid, token } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let rid = rid.map_err(Error::InvalidRequest)?;
        let token = token.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/message/{}", client.baseurl, encode_path(& id
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
            .query(&progenitor_client::QueryParam::new("rid", &rid))
            .query(&progenitor_client::QueryParam::new("token", &token))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_visitor_message",
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
impl<'a> crate::Call<'a> for GetVisitorMessage<'a> {
    type Output = types::MessageResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[84];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::MessageResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetVisitorMessage::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetVisitorMessage<'a> {
    type Output = crate::Result<types::MessageResponse>;
    type IntoFuture = crate::CallFuture<'a, types::MessageResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
