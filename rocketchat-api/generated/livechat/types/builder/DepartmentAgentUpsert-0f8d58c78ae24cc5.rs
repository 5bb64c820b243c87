#[derive(Clone, Debug)]
pub struct DepartmentAgentUpsert {
    agent_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    count: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    order: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    username: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for DepartmentAgentUpsert {
    fn default() -> Self {
        Self {
            agent_id: Err("no value supplied for agent_id".to_string()),
            count: Ok(Default::default()),
            name: Ok(Default::default()),
            order: Ok(Default::default()),
            username: Err("no value supplied for username".to_string()),
        }
    }
}
impl DepartmentAgentUpsert {
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
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
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
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.username = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for username: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<DepartmentAgentUpsert> for super::super::DepartmentAgentUpsert {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: DepartmentAgentUpsert,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            agent_id: value.agent_id?,
            count: value.count?,
            name: value.name?,
            order: value.order?,
            username: value.username?,
        })
    }
}
impl ::std::convert::From<super::super::DepartmentAgentUpsert> for DepartmentAgentUpsert {
    fn from(value: super::super::DepartmentAgentUpsert) -> Self {
        Self {
            agent_id: Ok(value.agent_id),
            count: Ok(value.count),
            name: Ok(value.name),
            order: Ok(value.order),
            username: Ok(value.username),
        }
    }
}
