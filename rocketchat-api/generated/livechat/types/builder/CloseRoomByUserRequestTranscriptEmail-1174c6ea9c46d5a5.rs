#[derive(Clone, Debug)]
pub struct CloseRoomByUserRequestTranscriptEmail {
    request_data: ::std::result::Result<
        ::std::option::Option<super::super::CloseRoomByUserRequestTranscriptEmailRequestData>,
        ::std::string::String,
    >,
    send_to_visitor: ::std::result::Result<bool, ::std::string::String>,
}
impl ::std::default::Default for CloseRoomByUserRequestTranscriptEmail {
    fn default() -> Self {
        Self {
            request_data: Ok(Default::default()),
            send_to_visitor: Err("no value supplied for send_to_visitor".to_string()),
        }
    }
}
impl CloseRoomByUserRequestTranscriptEmail {
    pub fn request_data<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<
                super::super::CloseRoomByUserRequestTranscriptEmailRequestData,
            >,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.request_data = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for request_data: {e}")
            });
        self
    }
    pub fn send_to_visitor<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.send_to_visitor = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for send_to_visitor: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<CloseRoomByUserRequestTranscriptEmail>
for super::super::CloseRoomByUserRequestTranscriptEmail {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: CloseRoomByUserRequestTranscriptEmail,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            request_data: value.request_data?,
            send_to_visitor: value.send_to_visitor?,
        })
    }
}
impl ::std::convert::From<super::super::CloseRoomByUserRequestTranscriptEmail>
for CloseRoomByUserRequestTranscriptEmail {
    fn from(value: super::super::CloseRoomByUserRequestTranscriptEmail) -> Self {
        Self {
            request_data: Ok(value.request_data),
            send_to_visitor: Ok(value.send_to_visitor),
        }
    }
}
