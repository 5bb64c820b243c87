#[derive(Clone, Debug)]
pub struct UpdatePriorityRequest {
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    reset: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
}
impl ::std::default::Default for UpdatePriorityRequest {
    fn default() -> Self {
        Self {
            name: Ok(Default::default()),
            reset: Ok(Default::default()),
        }
    }
}
impl UpdatePriorityRequest {
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
    pub fn reset<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.reset = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for reset: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<UpdatePriorityRequest> for super::super::UpdatePriorityRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: UpdatePriorityRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            name: value.name?,
            reset: value.reset?,
        })
    }
}
impl ::std::convert::From<super::super::UpdatePriorityRequest> for UpdatePriorityRequest {
    fn from(value: super::super::UpdatePriorityRequest) -> Self {
        Self {
            name: Ok(value.name),
            reset: Ok(value.reset),
        }
    }
}
