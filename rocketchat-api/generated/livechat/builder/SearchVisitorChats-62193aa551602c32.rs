/**Builder for [`Client::search_visitor_chats`]

[`Client::search_visitor_chats`]: super::super::Client::search_visitor_chats*/
#[derive(Debug, Clone)]
pub struct SearchVisitorChats<'a> {
    client: &'a super::super::Client,
    room_id: Result<::std::string::String, String>,
    visitor_id: Result<::std::string::String, String>,
    closed_chats_only: Result<Option<::std::string::String>, String>,
    count: Result<Option<i64>, String>,
    offset: Result<Option<i64>, String>,
    search_text: Result<Option<::std::string::String>, String>,
    served_chats_only: Result<Option<::std::string::String>, String>,
    sort: Result<Option<::rocketchat_api::Sort>, String>,
    source: Result<Option<::std::string::String>, String>,
}
impl<'a> SearchVisitorChats<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            room_id: Err("room_id was not initialized".to_string()),
            visitor_id: Err("visitor_id was not initialized".to_string()),
            closed_chats_only: Ok(None),
            count: Ok(None),
            offset: Ok(None),
            search_text: Ok(None),
            served_chats_only: Ok(None),
            sort: Ok(None),
            source: Ok(None),
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
    pub fn visitor_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.visitor_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for visitor_id failed"
                    .to_string()
            });
        self
    }
    pub fn closed_chats_only<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.closed_chats_only = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for closed_chats_only failed"
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
    pub fn search_text<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.search_text = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for search_text failed"
                    .to_string()
            });
        self
    }
    pub fn served_chats_only<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.served_chats_only = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for served_chats_only failed"
                    .to_string()
            });
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
    pub fn source<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.source = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for source failed"
                    .to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/visitors.searchChats/room/{roomId}/visitor/{visitorId}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::ChatHistoryPage>, Error<types::ApiError>> {
        let Self {
            client,
            room_id,
            visitor_id,
            closed_chats_only,
            count,
            offset,
            search_text,
            served_chats_only,
            sort,
            source,
        } = self;
        let room_id = room_id.map_err(Error::InvalidRequest)?;
        let visitor_id = visitor_id.map_err(Error::InvalidRequest)?;
        let closed_chats_only = closed_chats_only.map_err(Error::InvalidRequest)?;
        let count = count.map_err(Error::InvalidRequest)?;
        let offset = offset.map_err(Error::InvalidRequest)?;
        let search_text = search_text.map_err(Error::InvalidRequest)?;
        let served_chats_only = served_chats_only.map_err(Error::InvalidRequest)?;
        let sort = sort.map_err(Error::InvalidRequest)?;
        let source = source.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/visitors.searchChats/room/{}/visitor/{}", client.baseurl,
            encode_path(& room_id.to_string()), encode_path(& visitor_id.to_string()),
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
            .query(
                &progenitor_client::QueryParam::new(
                    "closedChatsOnly",
                    &closed_chats_only,
                ),
            )
            .query(&progenitor_client::QueryParam::new("count", &count))
            .query(&progenitor_client::QueryParam::new("offset", &offset))
            .query(&progenitor_client::QueryParam::new("searchText", &search_text))
            .query(
                &progenitor_client::QueryParam::new(
                    "servedChatsOnly",
                    &served_chats_only,
                ),
            )
            .query(&progenitor_client::QueryParam::new("sort", &sort))
            .query(&progenitor_client::QueryParam::new("source", &source))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "search_visitor_chats",
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
impl<'a> crate::Call<'a> for SearchVisitorChats<'a> {
    type Output = types::ChatHistoryPage;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[150];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::ChatHistoryPage>,
            crate::SendError,
        >,
    > + Send + 'a {
        SearchVisitorChats::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for SearchVisitorChats<'a> {
    type Output = crate::Result<types::ChatHistoryPage>;
    type IntoFuture = crate::CallFuture<'a, types::ChatHistoryPage>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
impl<'a> crate::Paged<'a> for SearchVisitorChats<'a> {
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
impl<'a> SearchVisitorChats<'a> {
    /// Every item of the list, walked page by page to its end: from this
    /// builder's `offset` (0 unless set), `count` items per call (the
    /// server's default unless set); see [`crate::Items`].
    pub fn stream(
        self,
    ) -> crate::Items<'a, <types::ChatHistoryPage as crate::Page>::Item> {
        crate::page::walk(self)
    }
}
