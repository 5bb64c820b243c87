#[derive(Clone, Debug)]
pub struct TriggerAction {
    name: ::std::result::Result<
        ::rocketchat_api::types::TriggerActionName,
        ::std::string::String,
    >,
    params: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for TriggerAction {
    fn default() -> Self {
        Self {
            name: Err("no value supplied for name".to_string()),
            params: Ok(Default::default()),
        }
    }
}
impl TriggerAction {
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::rocketchat_api::types::TriggerActionName>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
    pub fn params<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.params = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for params: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TriggerAction> for super::super::TriggerAction {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: TriggerAction,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            name: value.name?,
            params: value.params?,
        })
    }
}
impl ::std::convert::From<super::super::TriggerAction> for TriggerAction {
    fn from(value: super::super::TriggerAction) -> Self {
        Self {
            name: Ok(value.name),
            params: Ok(value.params),
        }
    }
}
