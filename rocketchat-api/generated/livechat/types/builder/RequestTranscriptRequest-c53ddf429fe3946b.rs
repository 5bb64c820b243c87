#[derive(Clone, Debug)]
pub struct RequestTranscriptRequest {
    email: ::std::result::Result<::std::string::String, ::std::string::String>,
    rid: ::std::result::Result<::std::string::String, ::std::string::String>,
    subject: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    token: ::std::result::Result<crate::SecretString, ::std::string::String>,
}
impl ::std::default::Default for RequestTranscriptRequest {
    fn default() -> Self {
        Self {
            email: Err("no value supplied for email".to_string()),
            rid: Err("no value supplied for rid".to_string()),
            subject: Ok(Default::default()),
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl RequestTranscriptRequest {
    pub fn email<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.email = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for email: {e}"));
        self
    }
    pub fn rid<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.rid = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for rid: {e}"));
        self
    }
    pub fn subject<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.subject = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for subject: {e}"));
        self
    }
    pub fn token<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::SecretString>,
        T::Error: ::std::fmt::Display,
    {
        self.token = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for token: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<RequestTranscriptRequest>
for super::super::RequestTranscriptRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: RequestTranscriptRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            email: value.email?,
            rid: value.rid?,
            subject: value.subject?,
            token: value.token?,
        })
    }
}
impl ::std::convert::From<super::super::RequestTranscriptRequest> for RequestTranscriptRequest {
    fn from(value: super::super::RequestTranscriptRequest) -> Self {
        Self {
            email: Ok(value.email),
            rid: Ok(value.rid),
            subject: Ok(value.subject),
            token: Ok(value.token),
        }
    }
}
