/**Builder for [`Client::list_unit_departments`]

[`Client::list_unit_departments`]: super::super::Client::list_unit_departments*/
#[derive(Debug, Clone)]
pub struct ListUnitDepartments<'a> {
    client: &'a super::super::Client,
    unit_id: Result<::std::string::String, String>,
    count: Result<Option<i64>, String>,
    offset: Result<Option<i64>, String>,
}
impl<'a> ListUnitDepartments<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            unit_id: Err("unit_id was not initialized".to_string()),
            count: Ok(None),
            offset: Ok(None),
        }
    }
    pub fn unit_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.unit_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for unit_id failed"
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
    ///Sends a `GET` request to `/api/v1/livechat/units/{unitId}/departments`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::DepartmentsPage>, Error<types::ApiError>> {
        let Self { client, unit_id, count, offset } = self;
        let unit_id = unit_id.map_err(Error::InvalidRequest)?;
        let count = count.map_err(Error::InvalidRequest)?;
        let offset = offset.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/livechat/units/{}/departments", client.baseurl, encode_path(&
            unit_id.to_string()),
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
            .query(&progenitor_client::QueryParam::new("offset", &offset))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_unit_departments",
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
impl<'a> crate::Call<'a> for ListUnitDepartments<'a> {
    type Output = types::DepartmentsPage;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[111];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::DepartmentsPage>,
            crate::SendError,
        >,
    > + Send + 'a {
        ListUnitDepartments::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ListUnitDepartments<'a> {
    type Output = crate::Result<types::DepartmentsPage>;
    type IntoFuture = crate::CallFuture<'a, types::DepartmentsPage>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
impl<'a> crate::Paged<'a> for ListUnitDepartments<'a> {
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
impl<'a> ListUnitDepartments<'a> {
    /// Every item of the list, walked page by page to its end: from this
    /// builder's `offset` (0 unless set), `count` items per call (the
    /// server's default unless set); see [`crate::Items`].
    pub fn stream(
        self,
    ) -> crate::Items<'a, <types::DepartmentsPage as crate::Page>::Item> {
        crate::page::walk(self)
    }
}
