#[derive(Clone, Debug)]
pub struct CloseRoomByUserRequestTranscriptEmailRequestData {
    email: ::std::result::Result<::std::string::String, ::std::string::String>,
    subject: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for CloseRoomByUserRequestTranscriptEmailRequestData {
    fn default() -> Self {
        Self {
            email: Err("no value supplied for email".to_string()),
            subject: Err("no value supplied for subject".to_string()),
        }
    }
}
impl CloseRoomByUserRequestTranscriptEmailRequestData {
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
    pub fn subject<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.subject = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for subject: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<CloseRoomByUserRequestTranscriptEmailRequestData>
for super::super::CloseRoomByUserRequestTranscriptEmailRequestData {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: CloseRoomByUserRequestTranscriptEmailRequestData,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            email: value.email?,
            subject: value.subject?,
        })
    }
}
impl ::std::convert::From<super::super::CloseRoomByUserRequestTranscriptEmailRequestData>
for CloseRoomByUserRequestTranscriptEmailRequestData {
    fn from(value: super::super::CloseRoomByUserRequestTranscriptEmailRequestData) -> Self {
        Self {
            email: Ok(value.email),
            subject: Ok(value.subject),
        }
    }
}
