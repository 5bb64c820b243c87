#[derive(Clone, Debug)]
pub struct CreateVisitorMessagesRequestMessagesItem {
    msg: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for CreateVisitorMessagesRequestMessagesItem {
    fn default() -> Self {
        Self {
            msg: Err("no value supplied for msg".to_string()),
        }
    }
}
impl CreateVisitorMessagesRequestMessagesItem {
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
}
impl ::std::convert::TryFrom<CreateVisitorMessagesRequestMessagesItem>
for super::super::CreateVisitorMessagesRequestMessagesItem {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: CreateVisitorMessagesRequestMessagesItem,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self { msg: value.msg? })
    }
}
impl ::std::convert::From<super::super::CreateVisitorMessagesRequestMessagesItem>
for CreateVisitorMessagesRequestMessagesItem {
    fn from(value: super::super::CreateVisitorMessagesRequestMessagesItem) -> Self {
        Self { msg: Ok(value.msg) }
    }
}
