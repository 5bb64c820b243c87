#[derive(Clone, Debug)]
pub struct RegisterContactRequest {
    contact_manager: ::std::result::Result<
        ::std::option::Option<super::super::RegisterContactRequestContactManager>,
        ::std::string::String,
    >,
    custom_fields: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    email: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    phone: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    token: ::std::result::Result<crate::SecretString, ::std::string::String>,
    username: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for RegisterContactRequest {
    fn default() -> Self {
        Self {
            contact_manager: Ok(Default::default()),
            custom_fields: Ok(Default::default()),
            email: Ok(Default::default()),
            id: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            phone: Ok(Default::default()),
            token: Err("no value supplied for token".to_string()),
            username: Err("no value supplied for username".to_string()),
        }
    }
}
impl RegisterContactRequest {
    pub fn contact_manager<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<super::super::RegisterContactRequestContactManager>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.contact_manager = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for contact_manager: {e}")
            });
        self
    }
    pub fn custom_fields<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.custom_fields = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for custom_fields: {e}")
            });
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
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
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
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.username = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for username: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<RegisterContactRequest> for super::super::RegisterContactRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: RegisterContactRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            contact_manager: value.contact_manager?,
            custom_fields: value.custom_fields?,
            email: value.email?,
            id: value.id?,
            name: value.name?,
            phone: value.phone?,
            token: value.token?,
            username: value.username?,
        })
    }
}
impl ::std::convert::From<super::super::RegisterContactRequest> for RegisterContactRequest {
    fn from(value: super::super::RegisterContactRequest) -> Self {
        Self {
            contact_manager: Ok(value.contact_manager),
            custom_fields: Ok(value.custom_fields),
            email: Ok(value.email),
            id: Ok(value.id),
            name: Ok(value.name),
            phone: Ok(value.phone),
            token: Ok(value.token),
            username: Ok(value.username),
        }
    }
}
