#[derive(Clone, Debug)]
pub struct DepartmentAgentInput {
    agent_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    count: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    order: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
}
impl ::std::default::Default for DepartmentAgentInput {
    fn default() -> Self {
        Self {
            agent_id: Err("no value supplied for agent_id".to_string()),
            count: Ok(Default::default()),
            order: Ok(Default::default()),
        }
    }
}
impl DepartmentAgentInput {
    pub fn agent_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.agent_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for agent_id: {e}"));
        self
    }
    pub fn count<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.count = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for count: {e}"));
        self
    }
    pub fn order<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.order = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for order: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<DepartmentAgentInput> for super::super::DepartmentAgentInput {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: DepartmentAgentInput,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            agent_id: value.agent_id?,
            count: value.count?,
            order: value.order?,
        })
    }
}
impl ::std::convert::From<super::super::DepartmentAgentInput> for DepartmentAgentInput {
    fn from(value: super::super::DepartmentAgentInput) -> Self {
        Self {
            agent_id: Ok(value.agent_id),
            count: Ok(value.count),
            order: Ok(value.order),
        }
    }
}
