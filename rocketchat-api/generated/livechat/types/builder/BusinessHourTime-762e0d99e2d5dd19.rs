#[derive(Clone, Debug)]
pub struct BusinessHourTime {
    time: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for BusinessHourTime {
    fn default() -> Self {
        Self {
            time: Err("no value supplied for time".to_string()),
        }
    }
}
impl BusinessHourTime {
    pub fn time<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.time = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for time: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BusinessHourTime> for super::super::BusinessHourTime {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: BusinessHourTime,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self { time: value.time? })
    }
}
impl ::std::convert::From<super::super::BusinessHourTime> for BusinessHourTime {
    fn from(value: super::super::BusinessHourTime) -> Self {
        Self { time: Ok(value.time) }
    }
}
