#[derive(Clone, Debug)]
pub struct SendMessageRequestAgent {
    agent_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    username: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for SendMessageRequestAgent {
    fn default() -> Self {
        Self {
            agent_id: Err("no value supplied for agent_id".to_string()),
            username: Err("no value supplied for username".to_string()),
        }
    }
}
impl SendMessageRequestAgent {
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
impl ::std::convert::TryFrom<SendMessageRequestAgent>
for super::super::SendMessageRequestAgent {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SendMessageRequestAgent,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            agent_id: value.agent_id?,
            username: value.username?,
        })
    }
}
impl ::std::convert::From<super::super::SendMessageRequestAgent> for SendMessageRequestAgent {
    fn from(value: super::super::SendMessageRequestAgent) -> Self {
        Self {
            agent_id: Ok(value.agent_id),
            username: Ok(value.username),
        }
    }
}
