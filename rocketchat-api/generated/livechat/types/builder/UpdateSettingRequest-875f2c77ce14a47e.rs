#[derive(Clone, Debug)]
pub struct UpdateSettingRequest {
    value: ::std::result::Result<::serde_json::Value, ::std::string::String>,
}
impl ::std::default::Default for UpdateSettingRequest {
    fn default() -> Self {
        Self {
            value: Err("no value supplied for value".to_string()),
        }
    }
}
impl UpdateSettingRequest {
    pub fn value<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::serde_json::Value>,
        T::Error: ::std::fmt::Display,
    {
        self.value = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for value: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<UpdateSettingRequest> for super::super::UpdateSettingRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: UpdateSettingRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self { value: value.value? })
    }
}
impl ::std::convert::From<super::super::UpdateSettingRequest> for UpdateSettingRequest {
    fn from(value: super::super::UpdateSettingRequest) -> Self {
        Self { value: Ok(value.value) }
    }
}
