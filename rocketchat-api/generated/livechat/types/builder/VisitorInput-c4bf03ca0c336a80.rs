#[derive(Clone, Debug)]
pub struct VisitorInput {
    custom_fields: ::std::result::Result<
        ::std::vec::Vec<super::super::CustomFieldInput>,
        ::std::string::String,
    >,
    department: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    email: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    phone: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    token: ::std::result::Result<crate::SecretString, ::std::string::String>,
    username: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for VisitorInput {
    fn default() -> Self {
        Self {
            custom_fields: Ok(Default::default()),
            department: Ok(Default::default()),
            email: Ok(Default::default()),
            name: Ok(Default::default()),
            phone: Ok(Default::default()),
            token: Err("no value supplied for token".to_string()),
            username: Ok(Default::default()),
        }
    }
}
impl VisitorInput {
    pub fn custom_fields<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<super::super::CustomFieldInput>>,
        T::Error: ::std::fmt::Display,
    {
        self.custom_fields = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for custom_fields: {e}")
            });
        self
    }
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
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.email = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for email: {e}"));
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
    pub fn phone<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.phone = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for phone: {e}"));
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
impl ::std::convert::TryFrom<VisitorInput> for super::super::VisitorInput {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: VisitorInput,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            custom_fields: value.custom_fields?,
            department: value.department?,
            email: value.email?,
            name: value.name?,
            phone: value.phone?,
            token: value.token?,
            username: value.username?,
        })
    }
}
impl ::std::convert::From<super::super::VisitorInput> for VisitorInput {
    fn from(value: super::super::VisitorInput) -> Self {
        Self {
            custom_fields: Ok(value.custom_fields),
            department: Ok(value.department),
            email: Ok(value.email),
            name: Ok(value.name),
            phone: Ok(value.phone),
            token: Ok(value.token),
            username: Ok(value.username),
        }
    }
}
