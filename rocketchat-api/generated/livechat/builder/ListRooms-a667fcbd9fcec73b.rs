/**Builder for [`Client::list_rooms`]

[`Client::list_rooms`]: super::super::Client::list_rooms*/
#[derive(Debug, Clone)]
pub struct ListRooms<'a> {
    client: &'a super::super::Client,
    agents: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
    closed_at: Result<Option<::rocketchat_api::DateRange>, String>,
    count: Result<Option<i64>, String>,
    created_at: Result<Option<::rocketchat_api::DateRange>, String>,
    custom_fields: Result<Option<::std::string::String>, String>,
    department_id: Result<Option<::std::string::String>, String>,
    offset: Result<Option<i64>, String>,
    onhold: Result<Option<bool>, String>,
    open: Result<Option<bool>, String>,
    queued: Result<Option<bool>, String>,
    room_name: Result<Option<::std::string::String>, String>,
    sort: Result<Option<::rocketchat_api::Sort>, String>,
    tags: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
    units: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
}
impl<'a> ListRooms<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            agents: Ok(None),
            closed_at: Ok(None),
            count: Ok(None),
            created_at: Ok(None),
            custom_fields: Ok(None),
            department_id: Ok(None),
            offset: Ok(None),
            onhold: Ok(None),
            open: Ok(None),
            queued: Ok(None),
            room_name: Ok(None),
            sort: Ok(None),
            tags: Ok(None),
            units: Ok(None),
        }
    }
    pub fn agents<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
    {
        self.agents = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for agents failed"
                    .to_string()
            });
        self
    }
    pub fn closed_at<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::rocketchat_api::DateRange>,
    {
        self.closed_at = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: rocketchat_api :: DateRange` for closed_at failed"
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
    pub fn created_at<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::rocketchat_api::DateRange>,
    {
        self.created_at = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: rocketchat_api :: DateRange` for created_at failed"
                    .to_string()
            });
        self
    }
    pub fn custom_fields<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.custom_fields = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for custom_fields failed"
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
    pub fn onhold<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.onhold = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `bool` for onhold failed".to_string());
        self
    }
    pub fn open<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.open = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `bool` for open failed".to_string());
        self
    }
    pub fn queued<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.queued = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `bool` for queued failed".to_string());
        self
    }
    pub fn room_name<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.room_name = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for room_name failed"
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
    pub fn units<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
    {
        self.units = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for units failed"
                    .to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/rooms`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::RoomsPage>, Error<types::ApiError>> {
        let Self {
            client,
            agents,
            closed_at,
            count,
            created_at,
            custom_fields,
            department_id,
            offset,
            onhold,
            open,
            queued,
            room_name,
            sort,
            tags,
            units,
        } = self;
        let agents = agents.map_err(Error::InvalidRequest)?;
        let closed_at = closed_at.map_err(Error::InvalidRequest)?;
        let count = count.map_err(Error::InvalidRequest)?;
        let created_at = created_at.map_err(Error::InvalidRequest)?;
        let custom_fields = custom_fields.map_err(Error::InvalidRequest)?;
        let department_id = department_id.map_err(Error::InvalidRequest)?;
        let offset = offset.map_err(Error::InvalidRequest)?;
        let onhold = onhold.map_err(Error::InvalidRequest)?;
        let open = open.map_err(Error::InvalidRequest)?;
        let queued = queued.map_err(Error::InvalidRequest)?;
        let room_name = room_name.map_err(Error::InvalidRequest)?;
        let sort = sort.map_err(Error::InvalidRequest)?;
        let tags = tags.map_err(Error::InvalidRequest)?;
        let units = units.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/rooms", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("agents[]", &agents))
            .query(&progenitor_client::QueryParam::new("closedAt", &closed_at))
            .query(&progenitor_client::QueryParam::new("count", &count))
            .query(&progenitor_client::QueryParam::new("createdAt", &created_at))
            .query(&progenitor_client::QueryParam::new("customFields", &custom_fields))
            .query(&progenitor_client::QueryParam::new("departmentId", &department_id))
            .query(&progenitor_client::QueryParam::new("offset", &offset))
            .query(&progenitor_client::QueryParam::new("onhold", &onhold))
            .query(&progenitor_client::QueryParam::new("open", &open))
            .query(&progenitor_client::QueryParam::new("queued", &queued))
            .query(&progenitor_client::QueryParam::new("roomName", &room_name))
            .query(&progenitor_client::QueryParam::new("sort", &sort))
            .query(&progenitor_client::QueryParam::new("tags[]", &tags))
            .query(&progenitor_client::QueryParam::new("units[]", &units))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_rooms",
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
impl<'a> crate::Call<'a> for ListRooms<'a> {
    type Output = types::RoomsPage;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[106];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::RoomsPage>, crate::SendError>,
    > + Send + 'a {
        ListRooms::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ListRooms<'a> {
    type Output = crate::Result<types::RoomsPage>;
    type IntoFuture = crate::CallFuture<'a, types::RoomsPage>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
impl<'a> crate::Paged<'a> for ListRooms<'a> {
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
impl<'a> ListRooms<'a> {
    /// Every item of the list, walked page by page to its end: from this
    /// builder's `offset` (0 unless set), `count` items per call (the
    /// server's default unless set); see [`crate::Items`].
    pub fn stream(self) -> crate::Items<'a, <types::RoomsPage as crate::Page>::Item> {
        crate::page::walk(self)
    }
}
