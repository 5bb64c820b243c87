#[derive(Clone, Debug)]
pub struct DepartmentAgentRemoval {
    agent_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    count: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    department_enabled: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    department_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    order: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    updated_at: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    username: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for DepartmentAgentRemoval {
    fn default() -> Self {
        Self {
            agent_id: Err("no value supplied for agent_id".to_string()),
            count: Ok(Default::default()),
            department_enabled: Ok(Default::default()),
            department_id: Ok(Default::default()),
            id: Ok(Default::default()),
            name: Ok(Default::default()),
            order: Ok(Default::default()),
            updated_at: Ok(Default::default()),
            username: Err("no value supplied for username".to_string()),
        }
    }
}
impl DepartmentAgentRemoval {
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
    pub fn department_enabled<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.department_enabled = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for department_enabled: {e}")
            });
        self
    }
    pub fn department_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.department_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for department_id: {e}")
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
    pub fn updated_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.updated_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
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
impl ::std::convert::TryFrom<DepartmentAgentRemoval> for super::super::DepartmentAgentRemoval {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: DepartmentAgentRemoval,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            agent_id: value.agent_id?,
            count: value.count?,
            department_enabled: value.department_enabled?,
            department_id: value.department_id?,
            id: value.id?,
            name: value.name?,
            order: value.order?,
            updated_at: value.updated_at?,
            username: value.username?,
        })
    }
}
impl ::std::convert::From<super::super::DepartmentAgentRemoval> for DepartmentAgentRemoval {
    fn from(value: super::super::DepartmentAgentRemoval) -> Self {
        Self {
            agent_id: Ok(value.agent_id),
            count: Ok(value.count),
            department_enabled: Ok(value.department_enabled),
            department_id: Ok(value.department_id),
            id: Ok(value.id),
            name: Ok(value.name),
            order: Ok(value.order),
            updated_at: Ok(value.updated_at),
            username: Ok(value.username),
        }
    }
}
