#[derive(Clone, Debug)]
pub struct TestExternalServiceRequest {
    extra_data: ::std::result::Result<
        ::std::vec::Vec<super::super::ExtraDataItem>,
        ::std::string::String,
    >,
    fallback_message: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    timeout: ::std::result::Result<i64, ::std::string::String>,
    webhook_url: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for TestExternalServiceRequest {
    fn default() -> Self {
        Self {
            extra_data: Ok(Default::default()),
            fallback_message: Err("no value supplied for fallback_message".to_string()),
            timeout: Err("no value supplied for timeout".to_string()),
            webhook_url: Err("no value supplied for webhook_url".to_string()),
        }
    }
}
impl TestExternalServiceRequest {
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
    pub fn fallback_message<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.fallback_message = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for fallback_message: {e}")
            });
        self
    }
    pub fn timeout<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.timeout = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for timeout: {e}"));
        self
    }
    pub fn webhook_url<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.webhook_url = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for webhook_url: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<TestExternalServiceRequest>
for super::super::TestExternalServiceRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: TestExternalServiceRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            extra_data: value.extra_data?,
            fallback_message: value.fallback_message?,
            timeout: value.timeout?,
            webhook_url: value.webhook_url?,
        })
    }
}
impl ::std::convert::From<super::super::TestExternalServiceRequest>
for TestExternalServiceRequest {
    fn from(value: super::super::TestExternalServiceRequest) -> Self {
        Self {
            extra_data: Ok(value.extra_data),
            fallback_message: Ok(value.fallback_message),
            timeout: Ok(value.timeout),
            webhook_url: Ok(value.webhook_url),
        }
    }
}
