#[derive(Clone, Debug)]
pub struct SurveyRequest {
    data: ::std::result::Result<
        ::std::vec::Vec<super::super::SurveyRequestDataItem>,
        ::std::string::String,
    >,
    rid: ::std::result::Result<::std::string::String, ::std::string::String>,
    token: ::std::result::Result<crate::SecretString, ::std::string::String>,
}
impl ::std::default::Default for SurveyRequest {
    fn default() -> Self {
        Self {
            data: Err("no value supplied for data".to_string()),
            rid: Err("no value supplied for rid".to_string()),
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl SurveyRequest {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<super::super::SurveyRequestDataItem>>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }
    pub fn rid<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.rid = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for rid: {e}"));
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
impl ::std::convert::TryFrom<SurveyRequest> for super::super::SurveyRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SurveyRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            rid: value.rid?,
            token: value.token?,
        })
    }
}
impl ::std::convert::From<super::super::SurveyRequest> for SurveyRequest {
    fn from(value: super::super::SurveyRequest) -> Self {
        Self {
            data: Ok(value.data),
            rid: Ok(value.rid),
            token: Ok(value.token),
        }
    }
}
