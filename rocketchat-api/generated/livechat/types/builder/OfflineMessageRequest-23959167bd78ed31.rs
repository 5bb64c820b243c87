#[derive(Clone, Debug)]
pub struct OfflineMessageRequest {
    department: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    email: ::std::result::Result<::std::string::String, ::std::string::String>,
    host: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    message: ::std::result::Result<::std::string::String, ::std::string::String>,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for OfflineMessageRequest {
    fn default() -> Self {
        Self {
            department: Ok(Default::default()),
            email: Err("no value supplied for email".to_string()),
            host: Ok(Default::default()),
            message: Err("no value supplied for message".to_string()),
            name: Err("no value supplied for name".to_string()),
        }
    }
}
impl OfflineMessageRequest {
    pub fn department<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.department = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for department: {e}"));
        self
    }
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
    pub fn host<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.host = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for host: {e}"));
        self
    }
    pub fn message<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.message = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for message: {e}"));
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<OfflineMessageRequest> for super::super::OfflineMessageRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: OfflineMessageRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            department: value.department?,
            email: value.email?,
            host: value.host?,
            message: value.message?,
            name: value.name?,
        })
    }
}
impl ::std::convert::From<super::super::OfflineMessageRequest> for OfflineMessageRequest {
    fn from(value: super::super::OfflineMessageRequest) -> Self {
        Self {
            department: Ok(value.department),
            email: Ok(value.email),
            host: Ok(value.host),
            message: Ok(value.message),
            name: Ok(value.name),
        }
    }
}
