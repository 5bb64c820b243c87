#[derive(Clone, Debug)]
pub struct DepartmentAgentEdit {
    agent_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    count: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    order: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    username: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for DepartmentAgentEdit {
    fn default() -> Self {
        Self {
            agent_id: Err("no value supplied for agent_id".to_string()),
            count: Ok(Default::default()),
            order: Ok(Default::default()),
            username: Ok(Default::default()),
        }
    }
}
impl DepartmentAgentEdit {
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
    pub fn username<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.username = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for username: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<DepartmentAgentEdit> for super::super::DepartmentAgentEdit {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: DepartmentAgentEdit,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            agent_id: value.agent_id?,
            count: value.count?,
            order: value.order?,
            username: value.username?,
        })
    }
}
impl ::std::convert::From<super::super::DepartmentAgentEdit> for DepartmentAgentEdit {
    fn from(value: super::super::DepartmentAgentEdit) -> Self {
        Self {
            agent_id: Ok(value.agent_id),
            count: Ok(value.count),
            order: Ok(value.order),
            username: Ok(value.username),
        }
    }
}
