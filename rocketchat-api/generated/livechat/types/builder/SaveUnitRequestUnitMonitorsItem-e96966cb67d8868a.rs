#[derive(Clone, Debug)]
pub struct SaveUnitRequestUnitMonitorsItem {
    monitor_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    username: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for SaveUnitRequestUnitMonitorsItem {
    fn default() -> Self {
        Self {
            monitor_id: Err("no value supplied for monitor_id".to_string()),
            username: Err("no value supplied for username".to_string()),
        }
    }
}
impl SaveUnitRequestUnitMonitorsItem {
    pub fn monitor_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.monitor_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for monitor_id: {e}"));
        self
    }
    pub fn username<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.username = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for username: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SaveUnitRequestUnitMonitorsItem>
for super::super::SaveUnitRequestUnitMonitorsItem {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveUnitRequestUnitMonitorsItem,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            monitor_id: value.monitor_id?,
            username: value.username?,
        })
    }
}
impl ::std::convert::From<super::super::SaveUnitRequestUnitMonitorsItem>
for SaveUnitRequestUnitMonitorsItem {
    fn from(value: super::super::SaveUnitRequestUnitMonitorsItem) -> Self {
        Self {
            monitor_id: Ok(value.monitor_id),
            username: Ok(value.username),
        }
    }
}
