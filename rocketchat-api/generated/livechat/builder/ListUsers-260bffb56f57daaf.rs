/**Builder for [`Client::list_users`]

[`Client::list_users`]: super::super::Client::list_users*/
#[derive(Debug, Clone)]
pub struct ListUsers<'a> {
    client: &'a super::super::Client,
    type_: Result<::rocketchat_api::types::UserType, String>,
    count: Result<Option<i64>, String>,
    exclude_id: Result<Option<::std::string::String>, String>,
    offset: Result<Option<i64>, String>,
    only_available: Result<Option<bool>, String>,
    show_idle_agents: Result<Option<bool>, String>,
    sort: Result<Option<::rocketchat_api::Sort>, String>,
    text: Result<Option<::std::string::String>, String>,
}
impl<'a> ListUsers<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            type_: Err("type_ was not initialized".to_string()),
            count: Ok(None),
            exclude_id: Ok(None),
            offset: Ok(None),
            only_available: Ok(None),
            show_idle_agents: Ok(None),
            sort: Ok(None),
            text: Ok(None),
        }
    }
    pub fn type_<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::rocketchat_api::types::UserType>,
    {
        self.type_ = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: rocketchat_api :: types :: UserType` for type_ failed"
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
    pub fn exclude_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.exclude_id = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for exclude_id failed"
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
    pub fn only_available<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.only_available = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `bool` for only_available failed".to_string());
        self
    }
    pub fn show_idle_agents<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.show_idle_agents = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `bool` for show_idle_agents failed".to_string());
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
    ///Sends a `GET` request to `/api/v1/livechat/users/{type}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::UsersPage>, Error<types::ApiError>> {
        let Self {
            client,
            type_,
            count,
            exclude_id,
            offset,
            only_available,
            show_idle_agents,
            sort,
            text,
        } = self;
        let type_ = type_.map_err(Error::InvalidRequest)?;
        let count = count.map_err(Error::InvalidRequest)?;
        let exclude_id = exclude_id.map_err(Error::InvalidRequest)?;
        let offset = offset.map_err(Error::InvalidRequest)?;
        let only_available = only_available.map_err(Error::InvalidRequest)?;
        let show_idle_agents = show_idle_agents.map_err(Error::InvalidRequest)?;
        let sort = sort.map_err(Error::InvalidRequest)?;
        let text = text.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/users/{}", client.baseurl, encode_path(& type_
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
            .query(&progenitor_client::QueryParam::new("count", &count))
            .query(&progenitor_client::QueryParam::new("excludeId", &exclude_id))
            .query(&progenitor_client::QueryParam::new("offset", &offset))
            .query(&progenitor_client::QueryParam::new("onlyAvailable", &only_available))
            .query(
                &progenitor_client::QueryParam::new("showIdleAgents", &show_idle_agents),
            )
            .query(&progenitor_client::QueryParam::new("sort", &sort))
            .query(&progenitor_client::QueryParam::new("text", &text))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_users",
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
impl<'a> crate::Call<'a> for ListUsers<'a> {
    type Output = types::UsersPage;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[114];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::UsersPage>, crate::SendError>,
    > + Send + 'a {
        ListUsers::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ListUsers<'a> {
    type Output = crate::Result<types::UsersPage>;
    type IntoFuture = crate::CallFuture<'a, types::UsersPage>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
impl<'a> crate::Paged<'a> for ListUsers<'a> {
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
impl<'a> ListUsers<'a> {
    /// Every item of the list, walked page by page to its end: from this
    /// builder's `offset` (0 unless set), `count` items per call (the
    /// server's default unless set); see [`crate::Items`].
    pub fn stream(self) -> crate::Items<'a, <types::UsersPage as crate::Page>::Item> {
        crate::page::walk(self)
    }
}
