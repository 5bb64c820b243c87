#[derive(Clone, Debug)]
pub struct SaveTriggerRequest {
    actions: ::std::result::Result<
        ::std::vec::Vec<super::super::TriggerAction>,
        ::std::string::String,
    >,
    conditions: ::std::result::Result<
        ::std::vec::Vec<super::super::TriggerConditionInput>,
        ::std::string::String,
    >,
    description: ::std::result::Result<::std::string::String, ::std::string::String>,
    enabled: ::std::result::Result<bool, ::std::string::String>,
    id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    run_once: ::std::result::Result<bool, ::std::string::String>,
}
impl ::std::default::Default for SaveTriggerRequest {
    fn default() -> Self {
        Self {
            actions: Err("no value supplied for actions".to_string()),
            conditions: Err("no value supplied for conditions".to_string()),
            description: Err("no value supplied for description".to_string()),
            enabled: Err("no value supplied for enabled".to_string()),
            id: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            run_once: Err("no value supplied for run_once".to_string()),
        }
    }
}
impl SaveTriggerRequest {
    pub fn actions<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<super::super::TriggerAction>>,
        T::Error: ::std::fmt::Display,
    {
        self.actions = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for actions: {e}"));
        self
    }
    pub fn conditions<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<super::super::TriggerConditionInput>>,
        T::Error: ::std::fmt::Display,
    {
        self.conditions = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for conditions: {e}"));
        self
    }
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }
    pub fn enabled<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.enabled = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for enabled: {e}"));
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
    pub fn run_once<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.run_once = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for run_once: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SaveTriggerRequest> for super::super::SaveTriggerRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveTriggerRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            actions: value.actions?,
            conditions: value.conditions?,
            description: value.description?,
            enabled: value.enabled?,
            id: value.id?,
            name: value.name?,
            run_once: value.run_once?,
        })
    }
}
impl ::std::convert::From<super::super::SaveTriggerRequest> for SaveTriggerRequest {
    fn from(value: super::super::SaveTriggerRequest) -> Self {
        Self {
            actions: Ok(value.actions),
            conditions: Ok(value.conditions),
            description: Ok(value.description),
            enabled: Ok(value.enabled),
            id: Ok(value.id),
            name: Ok(value.name),
            run_once: Ok(value.run_once),
        }
    }
}
