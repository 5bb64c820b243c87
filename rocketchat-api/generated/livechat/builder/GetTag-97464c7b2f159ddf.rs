/**Builder for [`Client::get_tag`]

[`Client::get_tag`]: super::super::Client::get_tag*/
#[derive(Debug, Clone)]
pub struct GetTag<'a> {
    client: &'a super::super::Client,
    tag_id: Result<::std::string::String, String>,
}
impl<'a> GetTag<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            tag_id: Err("tag_id was not initialized".to_string()),
        }
    }
    pub fn tag_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.tag_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for tag_id failed"
                    .to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/tags/{tagId}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::Tag>, Error<types::ApiError>> {
        let Self { client, tag_id } = self;
        let tag_id = tag_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/tags/{}", client.baseurl, encode_path(& tag_id
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
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_tag",
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
impl<'a> crate::Call<'a> for GetTag<'a> {
    type Output = types::Tag;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[75];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::Tag>, crate::SendError>,
    > + Send + 'a {
        GetTag::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetTag<'a> {
    type Output = crate::Result<types::Tag>;
    type IntoFuture = crate::CallFuture<'a, types::Tag>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
