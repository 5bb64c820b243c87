/**Builder for [`Client::get_contact`]

[`Client::get_contact`]: super::super::Client::get_contact*/
#[derive(Debug, Clone)]
pub struct GetContact<'a> {
    client: &'a super::super::Client,
    contact_id: Result<::std::string::String, String>,
}
impl<'a> GetContact<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            contact_id: Err("contact_id was not initialized".to_string()),
        }
    }
    pub fn contact_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.contact_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for contact_id failed"
                    .to_string()
            });
        self
    }
    ///Sends a `GET` request to `/api/v1/omnichannel/contacts.get`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::ContactResponse>, Error<types::ApiError>> {
        let Self { client, contact_id } = self;
        let contact_id = contact_id.map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/omnichannel/contacts.get", client.baseurl,);
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
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_contact",
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
impl<'a> crate::Call<'a> for GetContact<'a> {
    type Output = types::ContactResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[57];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::ContactResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        GetContact::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for GetContact<'a> {
    type Output = crate::Result<types::ContactResponse>;
    type IntoFuture = crate::CallFuture<'a, types::ContactResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
