#[derive(Clone, Debug)]
pub struct CreateVisitorMessagesRequest {
    messages: ::std::result::Result<
        ::std::vec::Vec<super::super::CreateVisitorMessagesRequestMessagesItem>,
        ::std::string::String,
    >,
    visitor: ::std::result::Result<
        super::super::CreateVisitorMessagesRequestVisitor,
        ::std::string::String,
    >,
}
impl ::std::default::Default for CreateVisitorMessagesRequest {
    fn default() -> Self {
        Self {
            messages: Err("no value supplied for messages".to_string()),
            visitor: Err("no value supplied for visitor".to_string()),
        }
    }
}
impl CreateVisitorMessagesRequest {
    pub fn messages<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<super::super::CreateVisitorMessagesRequestMessagesItem>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.messages = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for messages: {e}"));
        self
    }
    pub fn visitor<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<super::super::CreateVisitorMessagesRequestVisitor>,
        T::Error: ::std::fmt::Display,
    {
        self.visitor = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for visitor: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<CreateVisitorMessagesRequest>
for super::super::CreateVisitorMessagesRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: CreateVisitorMessagesRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            messages: value.messages?,
            visitor: value.visitor?,
        })
    }
}
impl ::std::convert::From<super::super::CreateVisitorMessagesRequest>
for CreateVisitorMessagesRequest {
    fn from(value: super::super::CreateVisitorMessagesRequest) -> Self {
        Self {
            messages: Ok(value.messages),
            visitor: Ok(value.visitor),
        }
    }
}
