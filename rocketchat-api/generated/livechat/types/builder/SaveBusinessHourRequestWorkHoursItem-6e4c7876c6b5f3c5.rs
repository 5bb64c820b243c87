#[derive(Clone, Debug)]
pub struct SaveBusinessHourRequestWorkHoursItem {
    day: ::std::result::Result<::std::string::String, ::std::string::String>,
    finish: ::std::result::Result<::std::string::String, ::std::string::String>,
    open: ::std::result::Result<bool, ::std::string::String>,
    start: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for SaveBusinessHourRequestWorkHoursItem {
    fn default() -> Self {
        Self {
            day: Err("no value supplied for day".to_string()),
            finish: Err("no value supplied for finish".to_string()),
            open: Err("no value supplied for open".to_string()),
            start: Err("no value supplied for start".to_string()),
        }
    }
}
impl SaveBusinessHourRequestWorkHoursItem {
    pub fn day<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.day = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for day: {e}"));
        self
    }
    pub fn finish<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.finish = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for finish: {e}"));
        self
    }
    pub fn open<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.open = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for open: {e}"));
        self
    }
    pub fn start<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.start = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for start: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SaveBusinessHourRequestWorkHoursItem>
for super::super::SaveBusinessHourRequestWorkHoursItem {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveBusinessHourRequestWorkHoursItem,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            day: value.day?,
            finish: value.finish?,
            open: value.open?,
            start: value.start?,
        })
    }
}
impl ::std::convert::From<super::super::SaveBusinessHourRequestWorkHoursItem>
for SaveBusinessHourRequestWorkHoursItem {
    fn from(value: super::super::SaveBusinessHourRequestWorkHoursItem) -> Self {
        Self {
            day: Ok(value.day),
            finish: Ok(value.finish),
            open: Ok(value.open),
            start: Ok(value.start),
        }
    }
}
