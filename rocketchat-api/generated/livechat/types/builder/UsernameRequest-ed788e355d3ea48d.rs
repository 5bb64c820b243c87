#[derive(Clone, Debug)]
pub struct UsernameRequest {
    username: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for UsernameRequest {
    fn default() -> Self {
        Self {
            username: Err("no value supplied for username".to_string()),
        }
    }
}
impl UsernameRequest {
    pub fn username<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.username = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for username: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<UsernameRequest> for super::super::UsernameRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: UsernameRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self { username: value.username? })
    }
}
impl ::std::convert::From<super::super::UsernameRequest> for UsernameRequest {
    fn from(value: super::super::UsernameRequest) -> Self {
        Self {
            username: Ok(value.username),
        }
    }
}
