#[derive(Clone, Debug)]
pub struct ReturnAsInquiryRequest {
    department_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    room_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for ReturnAsInquiryRequest {
    fn default() -> Self {
        Self {
            department_id: Ok(Default::default()),
            room_id: Err("no value supplied for room_id".to_string()),
        }
    }
}
impl ReturnAsInquiryRequest {
    pub fn department_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.department_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for department_id: {e}")
            });
        self
    }
    pub fn room_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.room_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for room_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<ReturnAsInquiryRequest> for super::super::ReturnAsInquiryRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: ReturnAsInquiryRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            department_id: value.department_id?,
            room_id: value.room_id?,
        })
    }
}
impl ::std::convert::From<super::super::ReturnAsInquiryRequest> for ReturnAsInquiryRequest {
    fn from(value: super::super::ReturnAsInquiryRequest) -> Self {
        Self {
            department_id: Ok(value.department_id),
            room_id: Ok(value.room_id),
        }
    }
}
