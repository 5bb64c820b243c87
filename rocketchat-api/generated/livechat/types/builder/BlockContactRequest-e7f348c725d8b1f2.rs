#[derive(Clone, Debug)]
pub struct BlockContactRequest {
    visitor: ::std::result::Result<
        super::super::BlockContactRequestVisitor,
        ::std::string::String,
    >,
}
impl ::std::default::Default for BlockContactRequest {
    fn default() -> Self {
        Self {
            visitor: Err("no value supplied for visitor".to_string()),
        }
    }
}
impl BlockContactRequest {
    pub fn visitor<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<super::super::BlockContactRequestVisitor>,
        T::Error: ::std::fmt::Display,
    {
        self.visitor = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for visitor: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BlockContactRequest> for super::super::BlockContactRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: BlockContactRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self { visitor: value.visitor? })
    }
}
impl ::std::convert::From<super::super::BlockContactRequest> for BlockContactRequest {
    fn from(value: super::super::BlockContactRequest) -> Self {
        Self { visitor: Ok(value.visitor) }
    }
}
