#[derive(Clone, Debug)]
pub struct ExtraDataItem {
    key: ::std::result::Result<::std::string::String, ::std::string::String>,
    value: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for ExtraDataItem {
    fn default() -> Self {
        Self {
            key: Err("no value supplied for key".to_string()),
            value: Err("no value supplied for value".to_string()),
        }
    }
}
impl ExtraDataItem {
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
impl ::std::convert::TryFrom<ExtraDataItem> for super::super::ExtraDataItem {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: ExtraDataItem,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            key: value.key?,
            value: value.value?,
        })
    }
}
impl ::std::convert::From<super::super::ExtraDataItem> for ExtraDataItem {
    fn from(value: super::super::ExtraDataItem) -> Self {
        Self {
            key: Ok(value.key),
            value: Ok(value.value),
        }
    }
}
