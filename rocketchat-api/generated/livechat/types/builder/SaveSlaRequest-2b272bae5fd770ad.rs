#[derive(Clone, Debug)]
pub struct SaveSlaRequest {
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    due_time_in_minutes: ::std::result::Result<i64, ::std::string::String>,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for SaveSlaRequest {
    fn default() -> Self {
        Self {
            description: Ok(Default::default()),
            due_time_in_minutes: Err(
                "no value supplied for due_time_in_minutes".to_string(),
            ),
            name: Err("no value supplied for name".to_string()),
        }
    }
}
impl SaveSlaRequest {
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }
    pub fn due_time_in_minutes<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.due_time_in_minutes = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for due_time_in_minutes: {e}")
            });
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
}
impl ::std::convert::TryFrom<SaveSlaRequest> for super::super::SaveSlaRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveSlaRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            description: value.description?,
            due_time_in_minutes: value.due_time_in_minutes?,
            name: value.name?,
        })
    }
}
impl ::std::convert::From<super::super::SaveSlaRequest> for SaveSlaRequest {
    fn from(value: super::super::SaveSlaRequest) -> Self {
        Self {
            description: Ok(value.description),
            due_time_in_minutes: Ok(value.due_time_in_minutes),
            name: Ok(value.name),
        }
    }
}
