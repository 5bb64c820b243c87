#[derive(Clone, Debug)]
pub struct TakeInquiryRequestOptionsForwardingToDepartment {
    old_department_id: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    transfer_data: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for TakeInquiryRequestOptionsForwardingToDepartment {
    fn default() -> Self {
        Self {
            old_department_id: Err(
                "no value supplied for old_department_id".to_string(),
            ),
            transfer_data: Err("no value supplied for transfer_data".to_string()),
        }
    }
}
impl TakeInquiryRequestOptionsForwardingToDepartment {
    pub fn old_department_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.old_department_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for old_department_id: {e}")
            });
        self
    }
    pub fn transfer_data<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.transfer_data = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for transfer_data: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<TakeInquiryRequestOptionsForwardingToDepartment>
for super::super::TakeInquiryRequestOptionsForwardingToDepartment {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: TakeInquiryRequestOptionsForwardingToDepartment,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            old_department_id: value.old_department_id?,
            transfer_data: value.transfer_data?,
        })
    }
}
impl ::std::convert::From<super::super::TakeInquiryRequestOptionsForwardingToDepartment>
for TakeInquiryRequestOptionsForwardingToDepartment {
    fn from(value: super::super::TakeInquiryRequestOptionsForwardingToDepartment) -> Self {
        Self {
            old_department_id: Ok(value.old_department_id),
            transfer_data: Ok(value.transfer_data),
        }
    }
}
