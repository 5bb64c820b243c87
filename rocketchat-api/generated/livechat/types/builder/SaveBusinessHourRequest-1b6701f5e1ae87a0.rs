#[derive(Clone, Debug)]
pub struct SaveBusinessHourRequest {
    active: ::std::result::Result<bool, ::std::string::String>,
    days_open: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    days_time: ::std::result::Result<
        ::std::vec::Vec<super::super::SaveBusinessHourRequestDaysTimeItem>,
        ::std::string::String,
    >,
    departments_to_apply_business_hour: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    timezone: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    timezone_name: ::std::result::Result<::std::string::String, ::std::string::String>,
    type_: ::std::result::Result<
        ::rocketchat_api::types::BusinessHourType,
        ::std::string::String,
    >,
    work_hours: ::std::result::Result<
        ::std::vec::Vec<super::super::SaveBusinessHourRequestWorkHoursItem>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for SaveBusinessHourRequest {
    fn default() -> Self {
        Self {
            active: Err("no value supplied for active".to_string()),
            days_open: Err("no value supplied for days_open".to_string()),
            days_time: Ok(Default::default()),
            departments_to_apply_business_hour: Err(
                "no value supplied for departments_to_apply_business_hour".to_string(),
            ),
            id: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            timezone: Ok(Default::default()),
            timezone_name: Err("no value supplied for timezone_name".to_string()),
            type_: Err("no value supplied for type_".to_string()),
            work_hours: Err("no value supplied for work_hours".to_string()),
        }
    }
}
impl SaveBusinessHourRequest {
    pub fn active<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.active = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for active: {e}"));
        self
    }
    pub fn days_open<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.days_open = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for days_open: {e}"));
        self
    }
    pub fn days_time<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<super::super::SaveBusinessHourRequestDaysTimeItem>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.days_time = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for days_time: {e}"));
        self
    }
    pub fn departments_to_apply_business_hour<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.departments_to_apply_business_hour = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for departments_to_apply_business_hour: {e}"
                )
            });
        self
    }
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }
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
    pub fn timezone<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.timezone = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for timezone: {e}"));
        self
    }
    pub fn timezone_name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.timezone_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for timezone_name: {e}")
            });
        self
    }
    pub fn type_<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::rocketchat_api::types::BusinessHourType>,
        T::Error: ::std::fmt::Display,
    {
        self.type_ = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for type_: {e}"));
        self
    }
    pub fn work_hours<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<super::super::SaveBusinessHourRequestWorkHoursItem>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.work_hours = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for work_hours: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SaveBusinessHourRequest>
for super::super::SaveBusinessHourRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveBusinessHourRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            active: value.active?,
            days_open: value.days_open?,
            days_time: value.days_time?,
            departments_to_apply_business_hour: value
                .departments_to_apply_business_hour?,
            id: value.id?,
            name: value.name?,
            timezone: value.timezone?,
            timezone_name: value.timezone_name?,
            type_: value.type_?,
            work_hours: value.work_hours?,
        })
    }
}
impl ::std::convert::From<super::super::SaveBusinessHourRequest> for SaveBusinessHourRequest {
    fn from(value: super::super::SaveBusinessHourRequest) -> Self {
        Self {
            active: Ok(value.active),
            days_open: Ok(value.days_open),
            days_time: Ok(value.days_time),
            departments_to_apply_business_hour: Ok(
                value.departments_to_apply_business_hour,
            ),
            id: Ok(value.id),
            name: Ok(value.name),
            timezone: Ok(value.timezone),
            timezone_name: Ok(value.timezone_name),
            type_: Ok(value.type_),
            work_hours: Ok(value.work_hours),
        }
    }
}
