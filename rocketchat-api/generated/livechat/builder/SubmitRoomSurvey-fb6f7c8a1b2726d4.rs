/**Builder for [`Client::submit_room_survey`]

[`Client::submit_room_survey`]: super::super::Client::submit_room_survey*/
#[derive(Debug, Clone)]
pub struct SubmitRoomSurvey<'a> {
    client: &'a super::super::Client,
    body: Result<types::builder::SurveyRequest, String>,
}
impl<'a> SubmitRoomSurvey<'a> {
    pub fn new(client: &'a super::super::Client) -> Self {
        Self {
            client: client,
            body: Ok(::std::default::Default::default()),
        }
    }
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SurveyRequest>,
        <V as std::convert::TryInto<types::SurveyRequest>>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `SurveyRequest` for body failed: {}", s)
            });
        self
    }
    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::SurveyRequest,
        ) -> types::builder::SurveyRequest,
    {
        self.body = self.body.map(f);
        self
    }
    ///Sends a `POST` request to `/api/v1/livechat/room.survey`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::SurveyResponse>, Error<types::ApiError>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| types::SurveyRequest::try_from(v).map_err(|e| e.to_string()))
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/livechat/room.survey", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "submit_room_survey",
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
impl<'a> crate::Call<'a> for SubmitRoomSurvey<'a> {
    type Output = types::SurveyResponse;
    const OPERATION: &'static crate::Operation = &super::super::OPERATIONS[162];
    fn client(&self) -> &'a super::super::Client {
        self.client
    }
    fn send_raw(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::SurveyResponse>,
            crate::SendError,
        >,
    > + Send + 'a {
        SubmitRoomSurvey::send(self)
    }
}
impl<'a> ::std::future::IntoFuture for SubmitRoomSurvey<'a> {
    type Output = crate::Result<types::SurveyResponse>;
    type IntoFuture = crate::CallFuture<'a, types::SurveyResponse>;
    fn into_future(self) -> Self::IntoFuture {
        crate::call::run(self)
    }
}
