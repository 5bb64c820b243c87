#[derive(Clone, Debug)]
pub struct BlockContactRequestVisitor {
    source: ::std::result::Result<
        super::super::BlockContactRequestVisitorSource,
        ::std::string::String,
    >,
    visitor_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for BlockContactRequestVisitor {
    fn default() -> Self {
        Self {
            source: Err("no value supplied for source".to_string()),
            visitor_id: Err("no value supplied for visitor_id".to_string()),
        }
    }
}
impl BlockContactRequestVisitor {
    pub fn source<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<super::super::BlockContactRequestVisitorSource>,
        T::Error: ::std::fmt::Display,
    {
        self.source = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for source: {e}"));
        self
    }
    pub fn visitor_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.visitor_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for visitor_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BlockContactRequestVisitor>
for super::super::BlockContactRequestVisitor {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: BlockContactRequestVisitor,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            source: value.source?,
            visitor_id: value.visitor_id?,
        })
    }
}
impl ::std::convert::From<super::super::BlockContactRequestVisitor>
for BlockContactRequestVisitor {
    fn from(value: super::super::BlockContactRequestVisitor) -> Self {
        Self {
            source: Ok(value.source),
            visitor_id: Ok(value.visitor_id),
        }
    }
}
