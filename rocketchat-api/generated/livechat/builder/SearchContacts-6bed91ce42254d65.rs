/**Builder for [`Client::search_contacts`]

[`Client::search_contacts`]: super::super::Client::search_contacts*/
#[derive(Debug, Clone)]
pub struct SearchContacts<'a> {
    client: &'a super::super::Client,
    count: Result<Option<i64>, String>,
    offset: Result<Option<i64>, String>,
    search_text: Result<Option<::std::string::String>, String>,
    sort: Result<Option<::rocketchat_api::Sort>, String>,
    unknown: Result<Option<bool>, String>,
}
impl<'a> SearchContacts<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            count: Ok(None),
            offset: Ok(None),
            search_text: Ok(None),
            sort: Ok(None),
            unknown: Ok(None),
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
    pub fn unknown<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.unknown = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `bool` for unknown failed".to_string());
        self
    }
    ///Sends a `GET` request to `/api/v1/omnichannel/contacts.search`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::ContactsPage>, Error<types::ApiError>> {
        let Self { client, count, offset, search_text, sort, unknown } = self;
        let count = count.map_err(Error::InvalidRequest)?;
        let offset = offset.map_err(Error::InvalidRequest)?;
        let search_text = search_text.map_err(Error::InvalidRequest)?;
        let sort = sort.map_err(Error::InvalidRequest)?;
        let unknown = unknown.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/omnichannel/contacts.search", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("searchText", &search_text))
            .query(&progenitor_client::QueryParam::new("sort", &sort))
            .query(&progenitor_client::QueryParam::new("unknown", &unknown))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "search_contacts",
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
impl<'a> crate::Call<'a> for SearchContacts<'a> {
    type Output = types::ContactsPage;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[148];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::ContactsPage>,
            crate::SendError,
        >,
    > + Send + 'a {
        SearchContacts::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for SearchContacts<'a> {
    type Output = crate::Result<types::ContactsPage>;
    type IntoFuture = crate::CallFuture<'a, types::ContactsPage>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
impl<'a> crate::Paged<'a> for SearchContacts<'a> {
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
impl<'a> SearchContacts<'a> {
    /// Every item of the list, walked page by page to its end: from this
    /// builder's `offset` (0 unless set), `count` items per call (the
    /// server's default unless set); see [`crate::Items`].
    pub fn stream(self) -> crate::Items<'a, <types::ContactsPage as crate::Page>::Item> {
        crate::page::walk(self)
    }
}
