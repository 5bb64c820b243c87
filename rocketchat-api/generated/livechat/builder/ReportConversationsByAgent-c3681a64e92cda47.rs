/**Builder for [`Client::report_conversations_by_agent`]

[`Client::report_conversations_by_agent`]: super::super::Client::report_conversations_by_agent*/
#[derive(Debug, Clone)]
pub struct ReportConversationsByAgent<'a> {
    client: &'a super::super::Client,
    end: Result<::chrono::DateTime<::chrono::offset::Utc>, String>,
    sort: Result<Option<::rocketchat_api::Sort>, String>,
    start: Result<::chrono::DateTime<::chrono::offset::Utc>, String>,
}
impl<'a> ReportConversationsByAgent<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            end: Err("end was not initialized".to_string()),
            sort: Ok(None),
            start: Err("start was not initialized".to_string()),
        }
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
    ///Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/conversations-by-agent`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::Report>, Error<types::ApiError>> {
        let Self { client, end, sort, start } = self;
        let end = end.map_err(Error::InvalidRequest)?;
        let sort = sort.map_err(Error::InvalidRequest)?;
        let start = start.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/analytics/dashboards/conversations-by-agent", client
            .baseurl,
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
            .query(&progenitor_client::QueryParam::new("end", &end))
            .query(&progenitor_client::QueryParam::new("sort", &sort))
            .query(&progenitor_client::QueryParam::new("start", &start))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "report_conversations_by_agent",
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
impl<'a> crate::Call<'a> for ReportConversationsByAgent<'a> {
    type Output = types::Report;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[127];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::Report>, crate::SendError>,
    > + Send + 'a {
        ReportConversationsByAgent::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ReportConversationsByAgent<'a> {
    type Output = crate::Result<types::Report>;
    type IntoFuture = crate::CallFuture<'a, types::Report>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
