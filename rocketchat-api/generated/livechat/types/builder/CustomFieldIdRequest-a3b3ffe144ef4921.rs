#[derive(Clone, Debug)]
pub struct CustomFieldIdRequest {
    custom_field_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for CustomFieldIdRequest {
    fn default() -> Self {
        Self {
            custom_field_id: Err("no value supplied for custom_field_id".to_string()),
        }
    }
}
impl CustomFieldIdRequest {
    pub fn custom_field_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.custom_field_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for custom_field_id: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<CustomFieldIdRequest> for super::super::CustomFieldIdRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: CustomFieldIdRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            custom_field_id: value.custom_field_id?,
        })
    }
}
impl ::std::convert::From<super::super::CustomFieldIdRequest> for CustomFieldIdRequest {
    fn from(value: super::super::CustomFieldIdRequest) -> Self {
        Self {
            custom_field_id: Ok(value.custom_field_id),
        }
    }
}
