#[derive(Clone, Debug)]
pub struct VisitorMessageRequest {
    msg: ::std::result::Result<::std::string::String, ::std::string::String>,
    rid: ::std::result::Result<::std::string::String, ::std::string::String>,
    token: ::std::result::Result<crate::SecretString, ::std::string::String>,
}
impl ::std::default::Default for VisitorMessageRequest {
    fn default() -> Self {
        Self {
            msg: Err("no value supplied for msg".to_string()),
            rid: Err("no value supplied for rid".to_string()),
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl VisitorMessageRequest {
    pub fn msg<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.msg = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for msg: {e}"));
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
impl ::std::convert::TryFrom<VisitorMessageRequest> for super::super::VisitorMessageRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: VisitorMessageRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            msg: value.msg?,
            rid: value.rid?,
            token: value.token?,
        })
    }
}
impl ::std::convert::From<super::super::VisitorMessageRequest> for VisitorMessageRequest {
    fn from(value: super::super::VisitorMessageRequest) -> Self {
        Self {
            msg: Ok(value.msg),
            rid: Ok(value.rid),
            token: Ok(value.token),
        }
    }
}
