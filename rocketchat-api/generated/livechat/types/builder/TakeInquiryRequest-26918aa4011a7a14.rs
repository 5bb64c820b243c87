#[derive(Clone, Debug)]
pub struct TakeInquiryRequest {
    inquiry_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    options: ::std::result::Result<
        ::std::option::Option<super::super::TakeInquiryRequestOptions>,
        ::std::string::String,
    >,
    user_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for TakeInquiryRequest {
    fn default() -> Self {
        Self {
            inquiry_id: Err("no value supplied for inquiry_id".to_string()),
            options: Ok(Default::default()),
            user_id: Ok(Default::default()),
        }
    }
}
impl TakeInquiryRequest {
    pub fn inquiry_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.inquiry_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for inquiry_id: {e}"));
        self
    }
    pub fn options<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<super::super::TakeInquiryRequestOptions>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.options = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for options: {e}"));
        self
    }
    pub fn user_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.user_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for user_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TakeInquiryRequest> for super::super::TakeInquiryRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: TakeInquiryRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            inquiry_id: value.inquiry_id?,
            options: value.options?,
            user_id: value.user_id?,
        })
    }
}
impl ::std::convert::From<super::super::TakeInquiryRequest> for TakeInquiryRequest {
    fn from(value: super::super::TakeInquiryRequest) -> Self {
        Self {
            inquiry_id: Ok(value.inquiry_id),
            options: Ok(value.options),
            user_id: Ok(value.user_id),
        }
    }
}
