#[derive(Clone, Debug)]
pub struct SendChatMessageRequestMessage {
    alias: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    msg: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    rid: ::std::result::Result<::std::string::String, ::std::string::String>,
    tmid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for SendChatMessageRequestMessage {
    fn default() -> Self {
        Self {
            alias: Ok(Default::default()),
            id: Ok(Default::default()),
            msg: Ok(Default::default()),
            rid: Err("no value supplied for rid".to_string()),
            tmid: Ok(Default::default()),
        }
    }
}
impl SendChatMessageRequestMessage {
    pub fn alias<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.alias = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for alias: {e}"));
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
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
    pub fn tmid<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.tmid = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tmid: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SendChatMessageRequestMessage>
for super::super::SendChatMessageRequestMessage {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SendChatMessageRequestMessage,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            alias: value.alias?,
            id: value.id?,
            msg: value.msg?,
            rid: value.rid?,
            tmid: value.tmid?,
        })
    }
}
impl ::std::convert::From<super::super::SendChatMessageRequestMessage>
for SendChatMessageRequestMessage {
    fn from(value: super::super::SendChatMessageRequestMessage) -> Self {
        Self {
            alias: Ok(value.alias),
            id: Ok(value.id),
            msg: Ok(value.msg),
            rid: Ok(value.rid),
            tmid: Ok(value.tmid),
        }
    }
}
