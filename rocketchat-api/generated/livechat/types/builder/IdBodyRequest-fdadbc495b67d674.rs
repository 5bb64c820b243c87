#[derive(Clone, Debug)]
pub struct IdBodyRequest {
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for IdBodyRequest {
    fn default() -> Self {
        Self {
            id: Err("no value supplied for id".to_string()),
        }
    }
}
impl IdBodyRequest {
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<IdBodyRequest> for super::super::IdBodyRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: IdBodyRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self { id: value.id? })
    }
}
impl ::std::convert::From<super::super::IdBodyRequest> for IdBodyRequest {
    fn from(value: super::super::IdBodyRequest) -> Self {
        Self { id: Ok(value.id) }
    }
}
