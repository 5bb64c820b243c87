#[derive(Clone, Debug)]
pub struct VisitorStatusRequest {
    status: ::std::result::Result<
        ::rocketchat_api::types::UserStatus,
        ::std::string::String,
    >,
    token: ::std::result::Result<crate::SecretString, ::std::string::String>,
}
impl ::std::default::Default for VisitorStatusRequest {
    fn default() -> Self {
        Self {
            status: Err("no value supplied for status".to_string()),
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl VisitorStatusRequest {
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::rocketchat_api::types::UserStatus>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
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
impl ::std::convert::TryFrom<VisitorStatusRequest> for super::super::VisitorStatusRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: VisitorStatusRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            status: value.status?,
            token: value.token?,
        })
    }
}
impl ::std::convert::From<super::super::VisitorStatusRequest> for VisitorStatusRequest {
    fn from(value: super::super::VisitorStatusRequest) -> Self {
        Self {
            status: Ok(value.status),
            token: Ok(value.token),
        }
    }
}
