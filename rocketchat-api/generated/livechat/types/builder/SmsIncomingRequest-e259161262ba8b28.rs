#[derive(Clone, Debug)]
pub struct SmsIncomingRequest {
    body: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    from: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    to: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for SmsIncomingRequest {
    fn default() -> Self {
        Self {
            body: Ok(Default::default()),
            from: Ok(Default::default()),
            to: Ok(Default::default()),
        }
    }
}
impl SmsIncomingRequest {
    pub fn body<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for body: {e}"));
        self
    }
    pub fn from<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.from = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for from: {e}"));
        self
    }
    pub fn to<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.to = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for to: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SmsIncomingRequest> for super::super::SmsIncomingRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SmsIncomingRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            body: value.body?,
            from: value.from?,
            to: value.to?,
        })
    }
}
impl ::std::convert::From<super::super::SmsIncomingRequest> for SmsIncomingRequest {
    fn from(value: super::super::SmsIncomingRequest) -> Self {
        Self {
            body: Ok(value.body),
            from: Ok(value.from),
            to: Ok(value.to),
        }
    }
}
