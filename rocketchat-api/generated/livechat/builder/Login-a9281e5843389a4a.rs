/**Builder for [`Client::login`]

[`Client::login`]: super::super::Client::login*/
#[derive(Debug, Clone)]
pub struct Login<'a> {
    client: &'a super::super::Client,
    x_2fa_code: Result<Option<::std::string::String>, String>,
    x_2fa_method: Result<Option<::rocketchat_api::types::TwoFactorMethod>, String>,
    body: Result<types::builder::LoginRequest, String>,
}
impl<'a> Login<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            x_2fa_code: Ok(None),
            x_2fa_method: Ok(None),
            body: Ok(::std::default::Default::default()),
        }
    }
    pub fn x_2fa_code<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.x_2fa_code = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for x_2fa_code failed"
                    .to_string()
            });
        self
    }
    pub fn x_2fa_method<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::rocketchat_api::types::TwoFactorMethod>,
    {
        self.x_2fa_method = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: rocketchat_api :: types :: TwoFactorMethod` for x_2fa_method failed"
                    .to_string()
            });
        self
    }
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::LoginRequest>,
        <V as std::convert::TryInto<types::LoginRequest>>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| format!("conversion to `LoginRequest` for body failed: {}", s));
        self
    }
    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::LoginRequest,
        ) -> types::builder::LoginRequest,
    {
        self.body = self.body.map(f);
        self
    }
    ///Sends a `POST` request to `/api/v1/login`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::LoginResponse>, Error<types::ApiError>> {
        let Self { client, x_2fa_code, x_2fa_method, body } = self;
        let x_2fa_code = x_2fa_code.map_err(Error::InvalidRequest)?;
        let x_2fa_method = x_2fa_method.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| types::LoginRequest::try_from(v).map_err(|e| e.to_string()))
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/login", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::super::Client::api_version()),
            );
        if let Some(value) = x_2fa_code {
            header_map.append("x-2fa-code", value.to_string().try_into()?);
        }
        if let Some(value) = x_2fa_method {
            header_map.append("x-2fa-method", value.to_string().try_into()?);
        }
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
            operation_id: "login",
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
impl<'a> crate::Call<'a> for Login<'a> {
    type Output = types::LoginResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[116];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::LoginResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        Login::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for Login<'a> {
    type Output = crate::Result<types::LoginResponse>;
    type IntoFuture = crate::CallFuture<'a, types::LoginResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
