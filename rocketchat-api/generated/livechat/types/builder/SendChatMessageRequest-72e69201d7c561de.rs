#[derive(Clone, Debug)]
pub struct SendChatMessageRequest {
    message: ::std::result::Result<
        super::super::SendChatMessageRequestMessage,
        ::std::string::String,
    >,
}
impl ::std::default::Default for SendChatMessageRequest {
    fn default() -> Self {
        Self {
            message: Err("no value supplied for message".to_string()),
        }
    }
}
impl SendChatMessageRequest {
    pub fn message<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<super::super::SendChatMessageRequestMessage>,
        T::Error: ::std::fmt::Display,
    {
        self.message = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for message: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SendChatMessageRequest> for super::super::SendChatMessageRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SendChatMessageRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self { message: value.message? })
    }
}
impl ::std::convert::From<super::super::SendChatMessageRequest> for SendChatMessageRequest {
    fn from(value: super::super::SendChatMessageRequest) -> Self {
        Self { message: Ok(value.message) }
    }
}
