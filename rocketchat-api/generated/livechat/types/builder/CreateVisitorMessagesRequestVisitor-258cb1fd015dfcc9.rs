#[derive(Clone, Debug)]
pub struct CreateVisitorMessagesRequestVisitor {
    token: ::std::result::Result<crate::SecretString, ::std::string::String>,
}
impl ::std::default::Default for CreateVisitorMessagesRequestVisitor {
    fn default() -> Self {
        Self {
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl CreateVisitorMessagesRequestVisitor {
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
impl ::std::convert::TryFrom<CreateVisitorMessagesRequestVisitor>
for super::super::CreateVisitorMessagesRequestVisitor {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: CreateVisitorMessagesRequestVisitor,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self { token: value.token? })
    }
}
impl ::std::convert::From<super::super::CreateVisitorMessagesRequestVisitor>
for CreateVisitorMessagesRequestVisitor {
    fn from(value: super::super::CreateVisitorMessagesRequestVisitor) -> Self {
        Self { token: Ok(value.token) }
    }
}
