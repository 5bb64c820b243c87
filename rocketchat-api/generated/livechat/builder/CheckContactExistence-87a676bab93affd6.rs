/**Builder for [`Client::check_contact_existence`]

[`Client::check_contact_existence`]: super::super::Client::check_contact_existence*/
#[derive(Debug, Clone)]
pub struct CheckContactExistence<'a> {
    client: &'a super::super::Client,
    contact_id: Result<Option<::std::string::String>, String>,
    email: Result<Option<::std::string::String>, String>,
    phone: Result<Option<::std::string::String>, String>,
}
impl<'a> CheckContactExistence<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            contact_id: Ok(None),
            email: Ok(None),
            phone: Ok(None),
        }
    }
    pub fn contact_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.contact_id = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for contact_id failed"
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
    ///Sends a `GET` request to `/api/v1/omnichannel/contacts.checkExistence`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::ExistsResponse>, Error<types::ApiError>> {
        let Self { client, contact_id, email, phone } = self;
        let contact_id = contact_id.map_err(Error::InvalidRequest)?;
        let email = email.map_err(Error::InvalidRequest)?;
        let phone = phone.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/api/v1/omnichannel/contacts.checkExistence", client.baseurl,
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
            .query(&progenitor_client::QueryParam::new("contactId", &contact_id))
            .query(&progenitor_client::QueryParam::new("email", &email))
            .query(&progenitor_client::QueryParam::new("phone", &phone))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "check_contact_existence",
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
impl<'a> crate::Call<'a> for CheckContactExistence<'a> {
    type Output = types::ExistsResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[17];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::ExistsResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        CheckContactExistence::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for CheckContactExistence<'a> {
    type Output = crate::Result<types::ExistsResponse>;
    type IntoFuture = crate::CallFuture<'a, types::ExistsResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
