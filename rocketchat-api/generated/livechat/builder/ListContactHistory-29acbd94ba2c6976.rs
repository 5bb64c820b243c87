/**Builder for [`Client::list_contact_history`]

[`Client::list_contact_history`]: super::super::Client::list_contact_history*/
#[derive(Debug, Clone)]
pub struct ListContactHistory<'a> {
    client: &'a super::super::Client,
    contact_id: Result<::std::string::String, String>,
    count: Result<Option<i64>, String>,
    offset: Result<Option<i64>, String>,
    sort: Result<Option<::rocketchat_api::Sort>, String>,
    source: Result<Option<::std::string::String>, String>,
}
impl<'a> ListContactHistory<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            contact_id: Err("contact_id was not initialized".to_string()),
            count: Ok(None),
            offset: Ok(None),
            sort: Ok(None),
            source: Ok(None),
        }
    }
    pub fn contact_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.contact_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for contact_id failed"
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
    ///Sends a `GET` request to `/api/v1/omnichannel/contacts.history`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::ContactHistoryPage>, Error<types::ApiError>> {
        let Self { client, contact_id, count, offset, sort, source } = self;
        let contact_id = contact_id.map_err(Error::InvalidRequest)?;
        let count = count.map_err(Error::InvalidRequest)?;
        let offset = offset.map_err(Error::InvalidRequest)?;
        let sort = sort.map_err(Error::InvalidRequest)?;
        let source = source.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/omnichannel/contacts.history", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("contactId", &contact_id))
            .query(&progenitor_client::QueryParam::new("count", &count))
            .query(&progenitor_client::QueryParam::new("offset", &offset))
            .query(&progenitor_client::QueryParam::new("sort", &sort))
            .query(&progenitor_client::QueryParam::new("source", &source))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_contact_history",
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
impl<'a> crate::Call<'a> for ListContactHistory<'a> {
    type Output = types::ContactHistoryPage;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[92];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::ContactHistoryPage>,
            crate::SendError,
        >,
    > + Send + 'a {
        ListContactHistory::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ListContactHistory<'a> {
    type Output = crate::Result<types::ContactHistoryPage>;
    type IntoFuture = crate::CallFuture<'a, types::ContactHistoryPage>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
impl<'a> crate::Paged<'a> for ListContactHistory<'a> {
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
impl<'a> ListContactHistory<'a> {
    /// Every item of the list, walked page by page to its end: from this
    /// builder's `offset` (0 unless set), `count` items per call (the
    /// server's default unless set); see [`crate::Items`].
    pub fn stream(
        self,
    ) -> crate::Items<'a, <types::ContactHistoryPage as crate::Page>::Item> {
        crate::page::walk(self)
    }
}
