#[derive(Clone, Debug)]
pub struct AgentStatusRequest {
    agent_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    status: ::std::result::Result<
        ::std::option::Option<::rocketchat_api::types::LivechatAgentStatus>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AgentStatusRequest {
    fn default() -> Self {
        Self {
            agent_id: Ok(Default::default()),
            status: Ok(Default::default()),
        }
    }
}
impl AgentStatusRequest {
    pub fn agent_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.agent_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for agent_id: {e}"));
        self
    }
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::rocketchat_api::types::LivechatAgentStatus>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AgentStatusRequest> for super::super::AgentStatusRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: AgentStatusRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            agent_id: value.agent_id?,
            status: value.status?,
        })
    }
}
impl ::std::convert::From<super::super::AgentStatusRequest> for AgentStatusRequest {
    fn from(value: super::super::AgentStatusRequest) -> Self {
        Self {
            agent_id: Ok(value.agent_id),
            status: Ok(value.status),
        }
    }
}
