#[derive(Clone, Debug)]
pub struct SaveAgentInfoRequest {
    agent_data: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    agent_departments: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    agent_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for SaveAgentInfoRequest {
    fn default() -> Self {
        Self {
            agent_data: Err("no value supplied for agent_data".to_string()),
            agent_departments: Err(
                "no value supplied for agent_departments".to_string(),
            ),
            agent_id: Err("no value supplied for agent_id".to_string()),
        }
    }
}
impl SaveAgentInfoRequest {
    pub fn agent_data<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.agent_data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for agent_data: {e}"));
        self
    }
    pub fn agent_departments<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.agent_departments = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for agent_departments: {e}")
            });
        self
    }
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
}
impl ::std::convert::TryFrom<SaveAgentInfoRequest> for super::super::SaveAgentInfoRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveAgentInfoRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            agent_data: value.agent_data?,
            agent_departments: value.agent_departments?,
            agent_id: value.agent_id?,
        })
    }
}
impl ::std::convert::From<super::super::SaveAgentInfoRequest> for SaveAgentInfoRequest {
    fn from(value: super::super::SaveAgentInfoRequest) -> Self {
        Self {
            agent_data: Ok(value.agent_data),
            agent_departments: Ok(value.agent_departments),
            agent_id: Ok(value.agent_id),
        }
    }
}
