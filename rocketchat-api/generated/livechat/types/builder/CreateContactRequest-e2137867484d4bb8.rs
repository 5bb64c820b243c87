#[derive(Clone, Debug)]
pub struct CreateContactRequest {
    contact_manager: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    custom_fields: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    emails: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    phones: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for CreateContactRequest {
    fn default() -> Self {
        Self {
            contact_manager: Ok(Default::default()),
            custom_fields: Ok(Default::default()),
            emails: Err("no value supplied for emails".to_string()),
            name: Err("no value supplied for name".to_string()),
            phones: Err("no value supplied for phones".to_string()),
        }
    }
}
impl CreateContactRequest {
    pub fn contact_manager<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
    pub fn emails<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.emails = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for emails: {e}"));
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
    pub fn phones<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.phones = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for phones: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<CreateContactRequest> for super::super::CreateContactRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: CreateContactRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            contact_manager: value.contact_manager?,
            custom_fields: value.custom_fields?,
            emails: value.emails?,
            name: value.name?,
            phones: value.phones?,
        })
    }
}
impl ::std::convert::From<super::super::CreateContactRequest> for CreateContactRequest {
    fn from(value: super::super::CreateContactRequest) -> Self {
        Self {
            contact_manager: Ok(value.contact_manager),
            custom_fields: Ok(value.custom_fields),
            emails: Ok(value.emails),
            name: Ok(value.name),
            phones: Ok(value.phones),
        }
    }
}
