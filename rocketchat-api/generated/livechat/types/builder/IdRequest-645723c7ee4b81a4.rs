#[derive(Clone, Debug)]
pub struct IdRequest {
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for IdRequest {
    fn default() -> Self {
        Self {
            id: Err("no value supplied for id".to_string()),
        }
    }
}
impl IdRequest {
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
impl ::std::convert::TryFrom<IdRequest> for super::super::IdRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: IdRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self { id: value.id? })
    }
}
impl ::std::convert::From<super::super::IdRequest> for IdRequest {
    fn from(value: super::super::IdRequest) -> Self {
        Self { id: Ok(value.id) }
    }
}
