#[derive(Clone, Debug)]
pub struct CloseRoomRequest {
    rid: ::std::result::Result<::std::string::String, ::std::string::String>,
    token: ::std::result::Result<crate::SecretString, ::std::string::String>,
}
impl ::std::default::Default for CloseRoomRequest {
    fn default() -> Self {
        Self {
            rid: Err("no value supplied for rid".to_string()),
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl CloseRoomRequest {
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
impl ::std::convert::TryFrom<CloseRoomRequest> for super::super::CloseRoomRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: CloseRoomRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            rid: value.rid?,
            token: value.token?,
        })
    }
}
impl ::std::convert::From<super::super::CloseRoomRequest> for CloseRoomRequest {
    fn from(value: super::super::CloseRoomRequest) -> Self {
        Self {
            rid: Ok(value.rid),
            token: Ok(value.token),
        }
    }
}
