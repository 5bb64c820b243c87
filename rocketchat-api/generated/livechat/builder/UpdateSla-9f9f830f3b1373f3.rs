/**Builder for [`Client::update_sla`]

[`Client::update_sla`]: super::super::Client::update_sla*/
#[derive(Debug, Clone)]
pub struct UpdateSla<'a> {
    client: &'a super::super::Client,
    sla_id: Result<::std::string::String, String>,
    body: Result<types::builder::SaveSlaRequest, String>,
}
impl<'a> UpdateSla<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            sla_id: Err("sla_id was not initialized".to_string()),
            body: Ok(::std::default::Default::default()),
        }
    }
    pub fn sla_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.sla_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for sla_id failed"
                    .to_string()
            });
        self
    }
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SaveSlaRequest>,
        <V as std::convert::TryInto<types::SaveSlaRequest>>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `SaveSlaRequest` for body failed: {}", s)
            });
        self
    }
    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::SaveSlaRequest,
        ) -> types::builder::SaveSlaRequest,
    {
        self.body = self.body.map(f);
        self
    }
    ///Sends a `PUT` request to `/api/v1/livechat/sla/{slaId}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::SlaResponse>, Error<types::ApiError>> {
        let Self { client, sla_id, body } = self;
        let sla_id = sla_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| types::SaveSlaRequest::try_from(v).map_err(|e| e.to_string()))
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/sla/{}", client.baseurl, encode_path(& sla_id
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
            .put(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_sla",
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
impl<'a> crate::Call<'a> for UpdateSla<'a> {
    type Output = types::SlaResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[174];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::SlaResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        UpdateSla::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for UpdateSla<'a> {
    type Output = crate::Result<types::SlaResponse>;
    type IntoFuture = crate::CallFuture<'a, types::SlaResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
