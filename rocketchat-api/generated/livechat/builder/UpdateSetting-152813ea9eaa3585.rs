/**Builder for [`Client::update_setting`]

[`Client::update_setting`]: super::super::Client::update_setting*/
#[derive(Debug, Clone)]
pub struct UpdateSetting<'a> {
    client: &'a super::super::Client,
    id: Result<::std::string::String, String>,
    x_2fa_code: Result<Option<::std::string::String>, String>,
    x_2fa_method: Result<Option<::rocketchat_api::types::TwoFactorMethod>, String>,
    body: Result<types::builder::UpdateSettingRequest, String>,
}
impl<'a> UpdateSetting<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            x_2fa_code: Ok(None),
            x_2fa_method: Ok(None),
            body: Ok(::std::default::Default::default()),
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
        V: std::convert::TryInto<types::UpdateSettingRequest>,
        <V as std::convert::TryInto<
            types::UpdateSettingRequest,
        >>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `UpdateSettingRequest` for body failed: {}", s)
            });
        self
    }
    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::UpdateSettingRequest,
        ) -> types::builder::UpdateSettingRequest,
    {
        self.body = self.body.map(f);
        self
    }
    ///Sends a `POST` request to `/api/v1/settings/{_id}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::ApiError>> {
        let Self { client, id, x_2fa_code, x_2fa_method, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let x_2fa_code = x_2fa_code.map_err(Error::InvalidRequest)?;
        let x_2fa_method = x_2fa_method.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::UpdateSettingRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/settings/{}", client.baseurl, encode_path(& id.to_string()),
        );
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
            operation_id: "update_setting",
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
impl<'a> crate::Call<'a> for UpdateSetting<'a> {
    type Output = types::SuccessResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[173];
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
        UpdateSetting::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for UpdateSetting<'a> {
    type Output = crate::Result<types::SuccessResponse>;
    type IntoFuture = crate::CallFuture<'a, types::SuccessResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
