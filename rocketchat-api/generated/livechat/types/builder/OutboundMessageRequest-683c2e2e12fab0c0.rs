#[derive(Clone, Debug)]
pub struct OutboundMessageRequest {
    agent_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    department_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    template: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    to: ::std::result::Result<::std::string::String, ::std::string::String>,
    type_: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for OutboundMessageRequest {
    fn default() -> Self {
        Self {
            agent_id: Ok(Default::default()),
            department_id: Ok(Default::default()),
            template: Ok(Default::default()),
            to: Err("no value supplied for to".to_string()),
            type_: Err("no value supplied for type_".to_string()),
        }
    }
}
impl OutboundMessageRequest {
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
    pub fn template<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.template = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for template: {e}"));
        self
    }
    pub fn to<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.to = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for to: {e}"));
        self
    }
    pub fn type_<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.type_ = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for type_: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<OutboundMessageRequest> for super::super::OutboundMessageRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: OutboundMessageRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            agent_id: value.agent_id?,
            department_id: value.department_id?,
            template: value.template?,
            to: value.to?,
            type_: value.type_?,
        })
    }
}
impl ::std::convert::From<super::super::OutboundMessageRequest> for OutboundMessageRequest {
    fn from(value: super::super::OutboundMessageRequest) -> Self {
        Self {
            agent_id: Ok(value.agent_id),
            department_id: Ok(value.department_id),
            template: Ok(value.template),
            to: Ok(value.to),
            type_: Ok(value.type_),
        }
    }
}
