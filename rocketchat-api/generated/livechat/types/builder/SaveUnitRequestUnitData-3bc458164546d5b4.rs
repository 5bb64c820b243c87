#[derive(Clone, Debug)]
pub struct SaveUnitRequestUnitData {
    enabled: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    visibility: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for SaveUnitRequestUnitData {
    fn default() -> Self {
        Self {
            enabled: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            visibility: Err("no value supplied for visibility".to_string()),
        }
    }
}
impl SaveUnitRequestUnitData {
    pub fn enabled<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.enabled = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for enabled: {e}"));
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
    pub fn visibility<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.visibility = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for visibility: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SaveUnitRequestUnitData>
for super::super::SaveUnitRequestUnitData {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveUnitRequestUnitData,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            enabled: value.enabled?,
            name: value.name?,
            visibility: value.visibility?,
        })
    }
}
impl ::std::convert::From<super::super::SaveUnitRequestUnitData> for SaveUnitRequestUnitData {
    fn from(value: super::super::SaveUnitRequestUnitData) -> Self {
        Self {
            enabled: Ok(value.enabled),
            name: Ok(value.name),
            visibility: Ok(value.visibility),
        }
    }
}
