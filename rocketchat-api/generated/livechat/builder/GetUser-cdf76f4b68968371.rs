/**Builder for [`Client::get_user`]

[`Client::get_user`]: super::super::Client::get_user*/
#[derive(Debug, Clone)]
pub struct GetUser<'a> {
    client: &'a super::super::Client,
    type_: Result<::rocketchat_api::types::UserType, String>,
    id: Result<::std::string::String, String>,
}
impl<'a> GetUser<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            type_: Err("type_ was not initialized".to_string()),
            id: Err("id was not initialized".to_string()),
        }
    }
    pub fn type_<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::rocketchat_api::types::UserType>,
    {
        self.type_ = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: rocketchat_api :: types :: UserType` for type_ failed"
                    .to_string()
            });
        self
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
    ///Sends a `GET` request to `/api/v1/livechat/users/{type}/{_id}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::UserResponse>, Error<types::ApiError>> {
        let Self { client, type_, id } = self;
        let type_ = type_.map_err(Error::InvalidRequest)?;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/users/{}/{}", client.baseurl, encode_path(& type_
            .to_string()), encode_path(& id.to_string()),
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
            operation_id: "get_user",
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
impl<'a> crate::Call<'a> for GetUser<'a> {
    type Output = types::UserResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[80];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::UserResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetUser::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetUser<'a> {
    type Output = crate::Result<types::UserResponse>;
    type IntoFuture = crate::CallFuture<'a, types::UserResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
