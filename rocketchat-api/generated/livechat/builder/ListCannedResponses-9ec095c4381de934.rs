/**Builder for [`Client::list_canned_responses`]

[`Client::list_canned_responses`]: super::super::Client::list_canned_responses*/
#[derive(Debug, Clone)]
pub struct ListCannedResponses<'a> {
    client: &'a super::super::Client,
    count: Result<Option<i64>, String>,
    created_by: Result<Option<::std::string::String>, String>,
    department_id: Result<Option<::std::string::String>, String>,
    offset: Result<Option<i64>, String>,
    scope: Result<Option<::std::string::String>, String>,
    shortcut: Result<Option<::std::string::String>, String>,
    sort: Result<Option<::rocketchat_api::Sort>, String>,
    tags: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
    text: Result<Option<::std::string::String>, String>,
}
impl<'a> ListCannedResponses<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            count: Ok(None),
            created_by: Ok(None),
            department_id: Ok(None),
            offset: Ok(None),
            scope: Ok(None),
            shortcut: Ok(None),
            sort: Ok(None),
            tags: Ok(None),
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
    pub fn created_by<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.created_by = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for created_by failed"
                    .to_string()
            });
        self
    }
    pub fn department_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.department_id = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for department_id failed"
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
    pub fn scope<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.scope = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for scope failed".to_string()
            });
        self
    }
    pub fn shortcut<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.shortcut = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for shortcut failed"
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
    pub fn tags<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
    {
        self.tags = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for tags failed"
                    .to_string()
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
    ///Sends a `GET` request to `/api/v1/canned-responses`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::CannedResponsesPage>, Error<types::ApiError>> {
        let Self {
            client,
            count,
            created_by,
            department_id,
            offset,
            scope,
            shortcut,
            sort,
            tags,
            text,
        } = self;
        let count = count.map_err(Error::InvalidRequest)?;
        let created_by = created_by.map_err(Error::InvalidRequest)?;
        let department_id = department_id.map_err(Error::InvalidRequest)?;
        let offset = offset.map_err(Error::InvalidRequest)?;
        let scope = scope.map_err(Error::InvalidRequest)?;
        let shortcut = shortcut.map_err(Error::InvalidRequest)?;
        let sort = sort.map_err(Error::InvalidRequest)?;
        let tags = tags.map_err(Error::InvalidRequest)?;
        let text = text.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/canned-responses", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("createdBy", &created_by))
            .query(&progenitor_client::QueryParam::new("departmentId", &department_id))
            .query(&progenitor_client::QueryParam::new("offset", &offset))
            .query(&progenitor_client::QueryParam::new("scope", &scope))
            .query(&progenitor_client::QueryParam::new("shortcut", &shortcut))
            .query(&progenitor_client::QueryParam::new("sort", &sort))
            .query(&progenitor_client::QueryParam::new("tags[]", &tags))
            .query(&progenitor_client::QueryParam::new("text", &text))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_canned_responses",
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
impl<'a> crate::Call<'a> for ListCannedResponses<'a> {
    type Output = types::CannedResponsesPage;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[90];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::CannedResponsesPage>,
            crate::SendError,
        >,
    > + Send + 'a {
        ListCannedResponses::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ListCannedResponses<'a> {
    type Output = crate::Result<types::CannedResponsesPage>;
    type IntoFuture = crate::CallFuture<'a, types::CannedResponsesPage>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
impl<'a> crate::Paged<'a> for ListCannedResponses<'a> {
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
impl<'a> ListCannedResponses<'a> {
    /// Every item of the list, walked page by page to its end: from this
    /// builder's `offset` (0 unless set), `count` items per call (the
    /// server's default unless set); see [`crate::Items`].
    pub fn stream(
        self,
    ) -> crate::Items<'a, <types::CannedResponsesPage as crate::Page>::Item> {
        crate::page::walk(self)
    }
}
