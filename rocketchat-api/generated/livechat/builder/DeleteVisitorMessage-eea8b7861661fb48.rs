/**Builder for [`Client::delete_visitor_message`]

[`Client::delete_visitor_message`]: super::super::Client::delete_visitor_message*/
#[derive(Debug, Clone)]
pub struct DeleteVisitorMessage<'a> {
    client: &'a super::super::Client,
    id: Result<::std::string::String, String>,
    body: Result<types::builder::VisitorMessageRefRequest, String>,
}
impl<'a> DeleteVisitorMessage<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
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
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::VisitorMessageRefRequest>,
        <V as std::convert::TryInto<
            types::VisitorMessageRefRequest,
        >>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!(
                    "conversion to `VisitorMessageRefRequest` for body failed: {}", s
                )
            });
        self
    }
    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::VisitorMessageRefRequest,
        ) -> types::builder::VisitorMessageRefRequest,
    {
        self.body = self.body.map(f);
        self
    }
    ///Sends a `DELETE` request to `/api/v1/livechat/message/{_id}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::DeletedMessageResponse>, Error<types::ApiError>> {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::VisitorMessageRefRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
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
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_visitor_message",
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
impl<'a> crate::Call<'a> for DeleteVisitorMessage<'a> {
    type Output = types::DeletedMessageResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[39];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::DeletedMessageResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        DeleteVisitorMessage::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for DeleteVisitorMessage<'a> {
    type Output = crate::Result<types::DeletedMessageResponse>;
    type IntoFuture = crate::CallFuture<'a, types::DeletedMessageResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
