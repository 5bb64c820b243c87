/**Builder for [`Client::list_tags`]

[`Client::list_tags`]: super::super::Client::list_tags*/
#[derive(Debug, Clone)]
pub struct ListTags<'a> {
    client: &'a super::super::Client,
    count: Result<Option<i64>, String>,
    department: Result<Option<::std::string::String>, String>,
    offset: Result<Option<i64>, String>,
    sort: Result<Option<::rocketchat_api::Sort>, String>,
    text: Result<::std::string::String, String>,
    view_all: Result<Option<bool>, String>,
}
impl<'a> ListTags<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            count: Ok(None),
            department: Ok(None),
            offset: Ok(None),
            sort: Ok(None),
            text: Err("text was not initialized".to_string()),
            view_all: Ok(None),
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
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for text failed".to_string()
            });
        self
    }
    pub fn view_all<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.view_all = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `bool` for view_all failed".to_string());
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/tags`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::TagsPage>, Error<types::ApiError>> {
        let Self { client, count, department, offset, sort, text, view_all } = self;
        let count = count.map_err(Error::InvalidRequest)?;
        let department = department.map_err(Error::InvalidRequest)?;
        let offset = offset.map_err(Error::InvalidRequest)?;
        let sort = sort.map_err(Error::InvalidRequest)?;
        let text = text.map_err(Error::InvalidRequest)?;
        let view_all = view_all.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/tags", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("department", &department))
            .query(&progenitor_client::QueryParam::new("offset", &offset))
            .query(&progenitor_client::QueryParam::new("sort", &sort))
            .query(&progenitor_client::QueryParam::new("text", &text))
            .query(&progenitor_client::QueryParam::new("viewAll", &view_all))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_tags",
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
impl<'a> crate::Call<'a> for ListTags<'a> {
    type Output = types::TagsPage;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[108];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::TagsPage>, crate::SendError>,
    > + Send + 'a {
        ListTags::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ListTags<'a> {
    type Output = crate::Result<types::TagsPage>;
    type IntoFuture = crate::CallFuture<'a, types::TagsPage>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
impl<'a> crate::Paged<'a> for ListTags<'a> {
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
impl<'a> ListTags<'a> {
    /// Every item of the list, walked page by page to its end: from this
    /// builder's `offset` (0 unless set), `count` items per call (the
    /// server's default unless set); see [`crate::Items`].
    pub fn stream(self) -> crate::Items<'a, <types::TagsPage as crate::Page>::Item> {
        crate::page::walk(self)
    }
}
