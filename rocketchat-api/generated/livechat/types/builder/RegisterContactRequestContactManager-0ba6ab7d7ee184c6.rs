#[derive(Clone, Debug)]
pub struct RegisterContactRequestContactManager {
    username: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for RegisterContactRequestContactManager {
    fn default() -> Self {
        Self {
            username: Ok(Default::default()),
        }
    }
}
impl RegisterContactRequestContactManager {
    pub fn username<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.username = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for username: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<RegisterContactRequestContactManager>
for super::super::RegisterContactRequestContactManager {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: RegisterContactRequestContactManager,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self { username: value.username? })
    }
}
impl ::std::convert::From<super::super::RegisterContactRequestContactManager>
for RegisterContactRequestContactManager {
    fn from(value: super::super::RegisterContactRequestContactManager) -> Self {
        Self {
            username: Ok(value.username),
        }
    }
}
