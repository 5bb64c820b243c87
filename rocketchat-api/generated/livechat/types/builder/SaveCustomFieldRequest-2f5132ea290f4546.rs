#[derive(Clone, Debug)]
pub struct SaveCustomFieldRequest {
    custom_field_data: ::std::result::Result<
        super::super::SaveCustomFieldRequestCustomFieldData,
        ::std::string::String,
    >,
    custom_field_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for SaveCustomFieldRequest {
    fn default() -> Self {
        Self {
            custom_field_data: Err(
                "no value supplied for custom_field_data".to_string(),
            ),
            custom_field_id: Ok(Default::default()),
        }
    }
}
impl SaveCustomFieldRequest {
    pub fn custom_field_data<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<super::super::SaveCustomFieldRequestCustomFieldData>,
        T::Error: ::std::fmt::Display,
    {
        self.custom_field_data = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for custom_field_data: {e}")
            });
        self
    }
    pub fn custom_field_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
impl ::std::convert::TryFrom<SaveCustomFieldRequest> for super::super::SaveCustomFieldRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveCustomFieldRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            custom_field_data: value.custom_field_data?,
            custom_field_id: value.custom_field_id?,
        })
    }
}
impl ::std::convert::From<super::super::SaveCustomFieldRequest> for SaveCustomFieldRequest {
    fn from(value: super::super::SaveCustomFieldRequest) -> Self {
        Self {
            custom_field_data: Ok(value.custom_field_data),
            custom_field_id: Ok(value.custom_field_id),
        }
    }
}
