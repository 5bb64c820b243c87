/**Builder for [`Client::analytics_agents_average_service_time`]

[`Client::analytics_agents_average_service_time`]: super::super::Client::analytics_agents_average_service_time*/
#[derive(Debug, Clone)]
pub struct AnalyticsAgentsAverageServiceTime<'a> {
    client: &'a super::super::Client,
    count: Result<Option<i64>, String>,
    end: Result<::chrono::DateTime<::chrono::offset::Utc>, String>,
    offset: Result<Option<i64>, String>,
    sort: Result<Option<::rocketchat_api::Sort>, String>,
    start: Result<::chrono::DateTime<::chrono::offset::Utc>, String>,
}
impl<'a> AnalyticsAgentsAverageServiceTime<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            count: Ok(None),
            end: Err("end was not initialized".to_string()),
            offset: Ok(None),
            sort: Ok(None),
            start: Err("start was not initialized".to_string()),
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
    pub fn end<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.end = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for end failed"
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
    pub fn start<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.start = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for start failed"
                    .to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/analytics/agents/average-service-time`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::AgentAnalyticsPage>, Error<types::ApiError>> {
        let Self { client, count, end, offset, sort, start } = self;
        let count = count.map_err(Error::InvalidRequest)?;
        let end = end.map_err(Error::InvalidRequest)?;
        let offset = offset.map_err(Error::InvalidRequest)?;
        let sort = sort.map_err(Error::InvalidRequest)?;
        let start = start.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/analytics/agents/average-service-time", client.baseurl,
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
            .query(&progenitor_client::QueryParam::new("end", &end))
            .query(&progenitor_client::QueryParam::new("offset", &offset))
            .query(&progenitor_client::QueryParam::new("sort", &sort))
            .query(&progenitor_client::QueryParam::new("start", &start))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "analytics_agents_average_service_time",
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
impl<'a> crate::Call<'a> for AnalyticsAgentsAverageServiceTime<'a> {
    type Output = types::AgentAnalyticsPage;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[1];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::AgentAnalyticsPage>,
            crate::SendError,
        >,
    > + Send + 'a {
        AnalyticsAgentsAverageServiceTime::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for AnalyticsAgentsAverageServiceTime<'a> {
    type Output = crate::Result<types::AgentAnalyticsPage>;
    type IntoFuture = crate::CallFuture<'a, types::AgentAnalyticsPage>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
impl<'a> crate::Paged<'a> for AnalyticsAgentsAverageServiceTime<'a> {
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
impl<'a> AnalyticsAgentsAverageServiceTime<'a> {
    /// Every item of the list, walked page by page to its end: from this
    /// builder's `offset` (0 unless set), `count` items per call (the
    /// server's default unless set); see [`crate::Items`].
    pub fn stream(
        self,
    ) -> crate::Items<'a, <types::AgentAnalyticsPage as crate::Page>::Item> {
        crate::page::walk(self)
    }
}
