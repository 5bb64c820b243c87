/**Builder for [`Client::create_user`]

[`Client::create_user`]: super::super::Client::create_user*/
#[derive(Debug, Clone)]
pub struct CreateUser<'a> {
    client: &'a super::super::Client,
    type_: Result<::rocketchat_api::types::UserType, String>,
    body: Result<types::builder::CreateUserRequest, String>,
}
impl<'a> CreateUser<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            type_: Err("type_ was not initialized".to_string()),
            body: Ok(::std::default::Default::default()),
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
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::CreateUserRequest>,
        <V as std::convert::TryInto<types::CreateUserRequest>>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `CreateUserRequest` for body failed: {}", s)
            });
        self
    }
    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::CreateUserRequest,
        ) -> types::builder::CreateUserRequest,
    {
        self.body = self.body.map(f);
        self
    }
    ///Sends a `POST` request to `/api/v1/livechat/users/{type}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::UserResponse>, Error<types::ApiError>> {
        let Self { client, type_, body } = self;
        let type_ = type_.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::CreateUserRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/users/{}", client.baseurl, encode_path(& type_
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
            operation_id: "create_user",
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
impl<'a> crate::Call<'a> for CreateUser<'a> {
    type Output = types::UserResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[25];
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
        CreateUser::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for CreateUser<'a> {
    type Output = crate::Result<types::UserResponse>;
    type IntoFuture = crate::CallFuture<'a, types::UserResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
