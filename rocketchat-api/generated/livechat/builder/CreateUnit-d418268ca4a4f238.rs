/**Builder for [`Client::create_unit`]

[`Client::create_unit`]: super::super::Client::create_unit*/
#[derive(Debug, Clone)]
pub struct CreateUnit<'a> {
    client: &'a super::super::Client,
    body: Result<types::builder::SaveUnitRequest, String>,
}
impl<'a> CreateUnit<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            body: Ok(::std::default::Default::default()),
        }
    }
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SaveUnitRequest>,
        <V as std::convert::TryInto<types::SaveUnitRequest>>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `SaveUnitRequest` for body failed: {}", s)
            });
        self
    }
    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::SaveUnitRequest,
        ) -> types::builder::SaveUnitRequest,
    {
        self.body = self.body.map(f);
        self
    }
    ///Sends a `POST` request to `/api/v1/livechat/units`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::Unit>, Error<types::ApiError>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| types::SaveUnitRequest::try_from(v).map_err(|e| e.to_string()))
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/units", client.baseurl,);
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
            operation_id: "create_unit",
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
impl<'a> crate::Call<'a> for CreateUnit<'a> {
    type Output = types::Unit;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[24];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::Unit>, crate::SendError>,
    > + Send + 'a {
        CreateUnit::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for CreateUnit<'a> {
    type Output = crate::Result<types::Unit>;
    type IntoFuture = crate::CallFuture<'a, types::Unit>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
