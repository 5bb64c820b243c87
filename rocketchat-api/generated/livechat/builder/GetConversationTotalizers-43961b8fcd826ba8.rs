/**Builder for [`Client::get_conversation_totalizers`]

[`Client::get_conversation_totalizers`]: super::super::Client::get_conversation_totalizers*/
#[derive(Debug, Clone)]
pub struct GetConversationTotalizers<'a> {
    client: &'a super::super::Client,
    department_id: Result<Option<::std::string::String>, String>,
    end: Result<::chrono::DateTime<::chrono::offset::Utc>, String>,
    start: Result<::chrono::DateTime<::chrono::offset::Utc>, String>,
}
impl<'a> GetConversationTotalizers<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            department_id: Ok(None),
            end: Err("end was not initialized".to_string()),
            start: Err("start was not initialized".to_string()),
        }
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
    ///Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/conversation-totalizers`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::Totalizers>, Error<types::ApiError>> {
        let Self { client, department_id, end, start } = self;
        let department_id = department_id.map_err(Error::InvalidRequest)?;
        let end = end.map_err(Error::InvalidRequest)?;
        let start = start.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/analytics/dashboards/conversation-totalizers", client
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
            .query(&progenitor_client::QueryParam::new("departmentId", &department_id))
            .query(&progenitor_client::QueryParam::new("end", &end))
            .query(&progenitor_client::QueryParam::new("start", &start))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_conversation_totalizers",
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
impl<'a> crate::Call<'a> for GetConversationTotalizers<'a> {
    type Output = types::Totalizers;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[58];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::Totalizers>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetConversationTotalizers::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetConversationTotalizers<'a> {
    type Output = crate::Result<types::Totalizers>;
    type IntoFuture = crate::CallFuture<'a, types::Totalizers>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
