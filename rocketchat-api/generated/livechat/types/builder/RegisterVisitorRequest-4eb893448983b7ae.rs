#[derive(Clone, Debug)]
pub struct RegisterVisitorRequest {
    visitor: ::std::result::Result<super::super::VisitorInput, ::std::string::String>,
}
impl ::std::default::Default for RegisterVisitorRequest {
    fn default() -> Self {
        Self {
            visitor: Err("no value supplied for visitor".to_string()),
        }
    }
}
impl RegisterVisitorRequest {
    pub fn visitor<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<super::super::VisitorInput>,
        T::Error: ::std::fmt::Display,
    {
        self.visitor = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for visitor: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<RegisterVisitorRequest> for super::super::RegisterVisitorRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: RegisterVisitorRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self { visitor: value.visitor? })
    }
}
impl ::std::convert::From<super::super::RegisterVisitorRequest> for RegisterVisitorRequest {
    fn from(value: super::super::RegisterVisitorRequest) -> Self {
        Self { visitor: Ok(value.visitor) }
    }
}
