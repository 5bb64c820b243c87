#[derive(Clone, Debug)]
pub struct SendMessageRequest {
    agent: ::std::result::Result<
        ::std::option::Option<super::super::SendMessageRequestAgent>,
        ::std::string::String,
    >,
    id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    msg: ::std::result::Result<::std::string::String, ::std::string::String>,
    rid: ::std::result::Result<::std::string::String, ::std::string::String>,
    token: ::std::result::Result<crate::SecretString, ::std::string::String>,
}
impl ::std::default::Default for SendMessageRequest {
    fn default() -> Self {
        Self {
            agent: Ok(Default::default()),
            id: Ok(Default::default()),
            msg: Err("no value supplied for msg".to_string()),
            rid: Err("no value supplied for rid".to_string()),
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl SendMessageRequest {
    pub fn agent<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<super::super::SendMessageRequestAgent>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.agent = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for agent: {e}"));
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
    pub fn msg<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.msg = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for msg: {e}"));
        self
    }
    pub fn rid<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.rid = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for rid: {e}"));
        self
    }
    pub fn token<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::SecretString>,
        T::Error: ::std::fmt::Display,
    {
        self.token = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for token: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SendMessageRequest> for super::super::SendMessageRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SendMessageRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            agent: value.agent?,
            id: value.id?,
            msg: value.msg?,
            rid: value.rid?,
            token: value.token?,
        })
    }
}
impl ::std::convert::From<super::super::SendMessageRequest> for SendMessageRequest {
    fn from(value: super::super::SendMessageRequest) -> Self {
        Self {
            agent: Ok(value.agent),
            id: Ok(value.id),
            msg: Ok(value.msg),
            rid: Ok(value.rid),
            token: Ok(value.token),
        }
    }
}
