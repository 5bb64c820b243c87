#[derive(Clone, Debug)]
pub struct CallExternalServiceRequest {
    extra_data: ::std::result::Result<
        ::std::vec::Vec<super::super::ExtraDataItem>,
        ::std::string::String,
    >,
    token: ::std::result::Result<crate::SecretString, ::std::string::String>,
}
impl ::std::default::Default for CallExternalServiceRequest {
    fn default() -> Self {
        Self {
            extra_data: Ok(Default::default()),
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl CallExternalServiceRequest {
    pub fn extra_data<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<super::super::ExtraDataItem>>,
        T::Error: ::std::fmt::Display,
    {
        self.extra_data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra_data: {e}"));
        self
    }
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
impl ::std::convert::TryFrom<CallExternalServiceRequest>
for super::super::CallExternalServiceRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: CallExternalServiceRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            extra_data: value.extra_data?,
            token: value.token?,
        })
    }
}
impl ::std::convert::From<super::super::CallExternalServiceRequest>
for CallExternalServiceRequest {
    fn from(value: super::super::CallExternalServiceRequest) -> Self {
        Self {
            extra_data: Ok(value.extra_data),
            token: Ok(value.token),
        }
    }
}
