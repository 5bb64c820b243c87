#[derive(Clone, Debug)]
pub struct CustomFieldInput {
    key: ::std::result::Result<::std::string::String, ::std::string::String>,
    overwrite: ::std::result::Result<bool, ::std::string::String>,
    value: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for CustomFieldInput {
    fn default() -> Self {
        Self {
            key: Err("no value supplied for key".to_string()),
            overwrite: Err("no value supplied for overwrite".to_string()),
            value: Err("no value supplied for value".to_string()),
        }
    }
}
impl CustomFieldInput {
    pub fn key<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.key = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for key: {e}"));
        self
    }
    pub fn overwrite<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.overwrite = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for overwrite: {e}"));
        self
    }
    pub fn value<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.value = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for value: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<CustomFieldInput> for super::super::CustomFieldInput {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: CustomFieldInput,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            key: value.key?,
            overwrite: value.overwrite?,
            value: value.value?,
        })
    }
}
impl ::std::convert::From<super::super::CustomFieldInput> for CustomFieldInput {
    fn from(value: super::super::CustomFieldInput) -> Self {
        Self {
            key: Ok(value.key),
            overwrite: Ok(value.overwrite),
            value: Ok(value.value),
        }
    }
}
