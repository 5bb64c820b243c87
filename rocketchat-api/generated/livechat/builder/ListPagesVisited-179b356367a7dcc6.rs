/**Builder for [`Client::list_pages_visited`]

[`Client::list_pages_visited`]: super::super::Client::list_pages_visited*/
#[derive(Debug, Clone)]
pub struct ListPagesVisited<'a> {
    client: &'a super::super::Client,
    room_id: Result<::std::string::String, String>,
    count: Result<Option<i64>, String>,
    offset: Result<Option<i64>, String>,
    sort: Result<Option<::rocketchat_api::Sort>, String>,
}
impl<'a> ListPagesVisited<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            room_id: Err("room_id was not initialized".to_string()),
            count: Ok(None),
            offset: Ok(None),
            sort: Ok(None),
        }
    }
    pub fn room_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.room_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for room_id failed"
                    .to_string()
            });
        self
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
    ///Sends a `GET` request to `/api/v1/livechat/visitors.pagesVisited/{roomId}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::PagesVisitedPage>, Error<types::ApiError>> {
        let Self { client, room_id, count, offset, sort } = self;
        let room_id = room_id.map_err(Error::InvalidRequest)?;
        let count = count.map_err(Error::InvalidRequest)?;
        let offset = offset.map_err(Error::InvalidRequest)?;
        let sort = sort.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/visitors.pagesVisited/{}", client.baseurl, encode_path(&
            room_id.to_string()),
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
            .query(&progenitor_client::QueryParam::new("count", &count))
            .query(&progenitor_client::QueryParam::new("offset", &offset))
            .query(&progenitor_client::QueryParam::new("sort", &sort))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_pages_visited",
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
impl<'a> crate::Call<'a> for ListPagesVisited<'a> {
    type Output = types::PagesVisitedPage;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[100];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::PagesVisitedPage>,
            crate::SendError,
        >,
    > + Send + 'a {
        ListPagesVisited::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ListPagesVisited<'a> {
    type Output = crate::Result<types::PagesVisitedPage>;
    type IntoFuture = crate::CallFuture<'a, types::PagesVisitedPage>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
impl<'a> crate::Paged<'a> for ListPagesVisited<'a> {
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
impl<'a> ListPagesVisited<'a> {
    /// Every item of the list, walked page by page to its end: from this
    /// builder's `offset` (0 unless set), `count` items per call (the
    /// server's default unless set); see [`crate::Items`].
    pub fn stream(
        self,
    ) -> crate::Items<'a, <types::PagesVisitedPage as crate::Page>::Item> {
        crate::page::walk(self)
    }
}
