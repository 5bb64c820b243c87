/**Builder for [`Client::autocomplete_departments`]

[`Client::autocomplete_departments`]: super::super::Client::autocomplete_departments*/
#[derive(Debug, Clone)]
pub struct AutocompleteDepartments<'a> {
    client: &'a super::super::Client,
    only_my_departments: Result<bool, String>,
    selector: Result<::std::string::String, String>,
    show_archived: Result<Option<bool>, String>,
}
impl<'a> AutocompleteDepartments<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            only_my_departments: Err(
                "only_my_departments was not initialized".to_string(),
            ),
            selector: Err("selector was not initialized".to_string()),
            show_archived: Ok(None),
        }
    }
    pub fn only_my_departments<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.only_my_departments = value
            .try_into()
            .map_err(|_| {
                "conversion to `bool` for only_my_departments failed".to_string()
            });
        self
    }
    pub fn selector<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.selector = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for selector failed"
                    .to_string()
            });
        self
    }
    pub fn show_archived<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.show_archived = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `bool` for show_archived failed".to_string());
        self
    }
    ///Sends a `GET` request to `/api/v1/livechat/department.autocomplete`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::NamedItemsResponse>, Error<types::ApiError>> {
        let Self { client, only_my_departments, selector, show_archived } = self;
        let only_my_departments = only_my_departments.map_err(Error::InvalidRequest)?;
        let selector = selector.map_err(Error::InvalidRequest)?;
        let show_archived = show_archived.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/department.autocomplete", client.baseurl,);
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
            .query(
                &progenitor_client::QueryParam::new(
                    "onlyMyDepartments",
                    &only_my_departments,
                ),
            )
            .query(&progenitor_client::QueryParam::new("selector", &selector))
            .query(&progenitor_client::QueryParam::new("showArchived", &show_archived))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "autocomplete_departments",
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
impl<'a> crate::Call<'a> for AutocompleteDepartments<'a> {
    type Output = types::NamedItemsResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[12];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::NamedItemsResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        AutocompleteDepartments::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for AutocompleteDepartments<'a> {
    type Output = crate::Result<types::NamedItemsResponse>;
    type IntoFuture = crate::CallFuture<'a, types::NamedItemsResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
