#[derive(Clone, Debug)]
pub struct SetCustomFieldsRequest {
    custom_fields: ::std::result::Result<
        ::std::vec::Vec<super::super::CustomFieldInput>,
        ::std::string::String,
    >,
    token: ::std::result::Result<crate::SecretString, ::std::string::String>,
}
impl ::std::default::Default for SetCustomFieldsRequest {
    fn default() -> Self {
        Self {
            custom_fields: Err("no value supplied for custom_fields".to_string()),
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl SetCustomFieldsRequest {
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
impl ::std::convert::TryFrom<SetCustomFieldsRequest> for super::super::SetCustomFieldsRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SetCustomFieldsRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            custom_fields: value.custom_fields?,
            token: value.token?,
        })
    }
}
impl ::std::convert::From<super::super::SetCustomFieldsRequest> for SetCustomFieldsRequest {
    fn from(value: super::super::SetCustomFieldsRequest) -> Self {
        Self {
            custom_fields: Ok(value.custom_fields),
            token: Ok(value.token),
        }
    }
}
