#[derive(Clone, Debug)]
pub struct BlockContactRequestVisitorSource {
    id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    type_: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for BlockContactRequestVisitorSource {
    fn default() -> Self {
        Self {
            id: Ok(Default::default()),
            type_: Err("no value supplied for type_".to_string()),
        }
    }
}
impl BlockContactRequestVisitorSource {
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
impl ::std::convert::TryFrom<BlockContactRequestVisitorSource>
for super::super::BlockContactRequestVisitorSource {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: BlockContactRequestVisitorSource,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            id: value.id?,
            type_: value.type_?,
        })
    }
}
impl ::std::convert::From<super::super::BlockContactRequestVisitorSource>
for BlockContactRequestVisitorSource {
    fn from(value: super::super::BlockContactRequestVisitorSource) -> Self {
        Self {
            id: Ok(value.id),
            type_: Ok(value.type_),
        }
    }
}
