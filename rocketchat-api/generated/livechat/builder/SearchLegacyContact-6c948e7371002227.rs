/**Builder for [`Client::search_legacy_contact`]

[`Client::search_legacy_contact`]: super::super::Client::search_legacy_contact*/
#[derive(Debug, Clone)]
pub struct SearchLegacyContact<'a> {
    client: &'a super::super::Client,
    custom: Result<Option<::std::string::String>, String>,
    email: Result<Option<::std::string::String>, String>,
    phone: Result<Option<::std::string::String>, String>,
}
impl<'a> SearchLegacyContact<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            custom: Ok(None),
            email: Ok(None),
            phone: Ok(None),
        }
    }
    pub fn custom<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.custom = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for custom failed"
                    .to_string()
            });
        self
    }
    pub fn email<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.email = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for email failed".to_string()
            });
        self
    }
    pub fn phone<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.phone = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for phone failed".to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/omnichannel/contact.search`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::LegacyContactResponse>, Error<types::ApiError>> {
        let Self { client, custom, email, phone } = self;
        let custom = custom.map_err(Error::InvalidRequest)?;
        let email = email.map_err(Error::InvalidRequest)?;
        let phone = phone.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/omnichannel/contact.search", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("custom", &custom))
            .query(&progenitor_client::QueryParam::new("email", &email))
            .query(&progenitor_client::QueryParam::new("phone", &phone))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "search_legacy_contact",
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
impl<'a> crate::Call<'a> for SearchLegacyContact<'a> {
    type Output = types::LegacyContactResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[149];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::LegacyContactResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        SearchLegacyContact::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for SearchLegacyContact<'a> {
    type Output = crate::Result<types::LegacyContactResponse>;
    type IntoFuture = crate::CallFuture<'a, types::LegacyContactResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
