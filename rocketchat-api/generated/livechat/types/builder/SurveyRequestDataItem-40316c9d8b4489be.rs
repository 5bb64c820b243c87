#[derive(Clone, Debug)]
pub struct SurveyRequestDataItem {
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    value: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for SurveyRequestDataItem {
    fn default() -> Self {
        Self {
            name: Err("no value supplied for name".to_string()),
            value: Err("no value supplied for value".to_string()),
        }
    }
}
impl SurveyRequestDataItem {
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
impl ::std::convert::TryFrom<SurveyRequestDataItem> for super::super::SurveyRequestDataItem {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SurveyRequestDataItem,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            name: value.name?,
            value: value.value?,
        })
    }
}
impl ::std::convert::From<super::super::SurveyRequestDataItem> for SurveyRequestDataItem {
    fn from(value: super::super::SurveyRequestDataItem) -> Self {
        Self {
            name: Ok(value.name),
            value: Ok(value.value),
        }
    }
}
