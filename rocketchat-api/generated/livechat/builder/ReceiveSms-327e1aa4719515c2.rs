/**Builder for [`Client::receive_sms`]

[`Client::receive_sms`]: super::super::Client::receive_sms*/
#[derive(Debug, Clone)]
pub struct ReceiveSms<'a> {
    client: &'a super::super::Client,
    service: Result<::std::string::String, String>,
    department: Result<Option<::std::string::String>, String>,
    body: Result<types::builder::SmsIncomingRequest, String>,
}
impl<'a> ReceiveSms<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            service: Err("service was not initialized".to_string()),
            department: Ok(None),
            body: Ok(::std::default::Default::default()),
        }
    }
    pub fn service<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.service = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for service failed"
                    .to_string()
            });
        self
    }
    pub fn department<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.department = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for department failed"
                    .to_string()
            });
        self
    }
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SmsIncomingRequest>,
        <V as std::convert::TryInto<
            types::SmsIncomingRequest,
        >>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `SmsIncomingRequest` for body failed: {}", s)
            });
        self
    }
    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::SmsIncomingRequest,
        ) -> types::builder::SmsIncomingRequest,
    {
        self.body = self.body.map(f);
        self
    }
    ///Sends a `POST` request to `/api/v1/livechat/sms-incoming/{service}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<ByteStream>, Error<types::ApiError>> {
        let Self { client, service, department, body } = self;
        let service = service.map_err(Error::InvalidRequest)?;
        let department = department.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::SmsIncomingRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/sms-incoming/{}", client.baseurl, encode_path(& service
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
            .form_urlencoded(&body)?
            .query(&progenitor_client::QueryParam::new("department", &department))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "receive_sms",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => Ok(ResponseValue::stream(response)),
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
impl<'a> crate::Call<'a> for ReceiveSms<'a> {
    type Output = ByteStream;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[119];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<ByteStream>, crate::SendError>,
    > + Send + 'a {
        ReceiveSms::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ReceiveSms<'a> {
    type Output = crate::Result<ByteStream>;
    type IntoFuture = crate::CallFuture<'a, ByteStream>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
