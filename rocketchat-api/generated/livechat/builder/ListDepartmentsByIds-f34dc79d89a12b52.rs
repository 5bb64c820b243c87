/**Builder for [`Client::list_departments_by_ids`]

[`Client::list_departments_by_ids`]: super::super::Client::list_departments_by_ids*/
#[derive(Debug, Clone)]
pub struct ListDepartmentsByIds<'a> {
    client: &'a super::super::Client,
    fields: Result<Option<::std::string::String>, String>,
    ids: Result<::std::vec::Vec<::std::string::String>, String>,
}
impl<'a> ListDepartmentsByIds<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            fields: Ok(None),
            ids: Err("ids was not initialized".to_string()),
        }
    }
    pub fn fields<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.fields = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for fields failed"
                    .to_string()
            });
        self
    }
    pub fn ids<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
    {
        self.ids = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for ids failed"
                    .to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/department.listByIds`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::DepartmentListResponse>, Error<types::ApiError>> {
        let Self { client, fields, ids } = self;
        let fields = fields.map_err(Error::InvalidRequest)?;
        let ids = ids.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/department.listByIds", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("fields", &fields))
            .query(&progenitor_client::QueryParam::new("ids[]", &ids))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_departments_by_ids",
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
impl<'a> crate::Call<'a> for ListDepartmentsByIds<'a> {
    type Output = types::DepartmentListResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[96];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::DepartmentListResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        ListDepartmentsByIds::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for ListDepartmentsByIds<'a> {
    type Output = crate::Result<types::DepartmentListResponse>;
    type IntoFuture = crate::CallFuture<'a, types::DepartmentListResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
