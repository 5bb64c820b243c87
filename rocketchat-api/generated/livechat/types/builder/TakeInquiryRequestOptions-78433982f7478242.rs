#[derive(Clone, Debug)]
pub struct TakeInquiryRequestOptions {
    client_action: ::std::result::Result<bool, ::std::string::String>,
    forwarding_to_department: ::std::result::Result<
        ::std::option::Option<super::super::TakeInquiryRequestOptionsForwardingToDepartment>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for TakeInquiryRequestOptions {
    fn default() -> Self {
        Self {
            client_action: Err("no value supplied for client_action".to_string()),
            forwarding_to_department: Ok(Default::default()),
        }
    }
}
impl TakeInquiryRequestOptions {
    pub fn client_action<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.client_action = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for client_action: {e}")
            });
        self
    }
    pub fn forwarding_to_department<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<super::super::TakeInquiryRequestOptionsForwardingToDepartment>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.forwarding_to_department = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for forwarding_to_department: {e}"
                )
            });
        self
    }
}
impl ::std::convert::TryFrom<TakeInquiryRequestOptions>
for super::super::TakeInquiryRequestOptions {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: TakeInquiryRequestOptions,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            client_action: value.client_action?,
            forwarding_to_department: value.forwarding_to_department?,
        })
    }
}
impl ::std::convert::From<super::super::TakeInquiryRequestOptions>
for TakeInquiryRequestOptions {
    fn from(value: super::super::TakeInquiryRequestOptions) -> Self {
        Self {
            client_action: Ok(value.client_action),
            forwarding_to_department: Ok(value.forwarding_to_department),
        }
    }
}
