#[derive(Clone, Debug)]
pub struct UpdateContactRequest {
    contact_id: ::std::result::Result<::std::string::String, ::std::string::String>,
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
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    phones: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    wipe_conflicts: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for UpdateContactRequest {
    fn default() -> Self {
        Self {
            contact_id: Err("no value supplied for contact_id".to_string()),
            contact_manager: Ok(Default::default()),
            custom_fields: Ok(Default::default()),
            emails: Ok(Default::default()),
            name: Ok(Default::default()),
            phones: Ok(Default::default()),
            wipe_conflicts: Ok(Default::default()),
        }
    }
}
impl UpdateContactRequest {
    pub fn contact_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.contact_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for contact_id: {e}"));
        self
    }
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
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
    pub fn wipe_conflicts<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.wipe_conflicts = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for wipe_conflicts: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<UpdateContactRequest> for super::super::UpdateContactRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: UpdateContactRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            contact_id: value.contact_id?,
            contact_manager: value.contact_manager?,
            custom_fields: value.custom_fields?,
            emails: value.emails?,
            name: value.name?,
            phones: value.phones?,
            wipe_conflicts: value.wipe_conflicts?,
        })
    }
}
impl ::std::convert::From<super::super::UpdateContactRequest> for UpdateContactRequest {
    fn from(value: super::super::UpdateContactRequest) -> Self {
        Self {
            contact_id: Ok(value.contact_id),
            contact_manager: Ok(value.contact_manager),
            custom_fields: Ok(value.custom_fields),
            emails: Ok(value.emails),
            name: Ok(value.name),
            phones: Ok(value.phones),
            wipe_conflicts: Ok(value.wipe_conflicts),
        }
    }
}
