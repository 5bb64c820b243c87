/**Builder for [`Client::list_priorities`]

[`Client::list_priorities`]: super::super::Client::list_priorities*/
#[derive(Debug, Clone)]
pub struct ListPriorities<'a> {
    client: &'a super::super::Client,
    count: Result<Option<i64>, String>,
    offset: Result<Option<i64>, String>,
    sort: Result<Option<::rocketchat_api::Sort>, String>,
    text: Result<Option<::std::string::String>, String>,
}
impl<'a> ListPriorities<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            count: Ok(None),
            offset: Ok(None),
            sort: Ok(None),
            text: Ok(None),
        }
    }
    pub fn count<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.count = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i64` for count failed".to_string());
        self
    }
    pub fn offset<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.offset = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i64` for offset failed".to_string());
        self
    }
    pub fn sort<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::rocketchat_api::Sort>,
    {
        self.sort = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: rocketchat_api :: Sort` for sort failed".to_string()
            });
        self
    }
    pub fn text<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.text = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for text failed".to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/priorities`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::PrioritiesPage>, Error<types::ApiError>> {
        let Self { client, count, offset, sort, text } = self;
        let count = count.map_err(Error::InvalidRequest)?;
        let offset = offset.map_err(Error::InvalidRequest)?;
        let sort = sort.map_err(Error::InvalidRequest)?;
        let text = text.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/priorities", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("count", &count))
            .query(&progenitor_client::QueryParam::new("offset", &offset))
            .query(&progenitor_client::QueryParam::new("sort", &sort))
            .query(&progenitor_client::QueryParam::new("text", &text))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_priorities",
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
impl<'a> crate::Call<'a> for ListPriorities<'a> {
    type Output = types::PrioritiesPage;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[101];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::PrioritiesPage>,
            crate::SendError,
        >,
    > + Send + 'a {
        ListPriorities::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ListPriorities<'a> {
    type Output = crate::Result<types::PrioritiesPage>;
    type IntoFuture = crate::CallFuture<'a, types::PrioritiesPage>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
impl<'a> crate::Paged<'a> for ListPriorities<'a> {
    fn position(&self) -> (Option<i64>, Option<i64>) {
        (self.offset.clone().ok().flatten(), self.count.clone().ok().flatten())
    }
    fn at(self, offset: i64, count: Option<i64>) -> Self {
        let this = self.offset(offset);
        match count {
            Some(count) => this.count(count),
            None => this,
        }
    }
}
impl<'a> ListPriorities<'a> {
    /// Every item of the list, walked page by page to its end: from this
    /// builder's `offset` (0 unless set), `count` items per call (the
    /// server's default unless set); see [`crate::Items`].
    pub fn stream(
        self,
    ) -> crate::Items<'a, <types::PrioritiesPage as crate::Page>::Item> {
        crate::page::walk(self)
    }
}
