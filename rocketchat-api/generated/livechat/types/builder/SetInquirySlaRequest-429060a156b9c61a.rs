#[derive(Clone, Debug)]
pub struct SetInquirySlaRequest {
    room_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    sla: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for SetInquirySlaRequest {
    fn default() -> Self {
        Self {
            room_id: Err("no value supplied for room_id".to_string()),
            sla: Err("no value supplied for sla".to_string()),
        }
    }
}
impl SetInquirySlaRequest {
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
    pub fn sla<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.sla = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for sla: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SetInquirySlaRequest> for super::super::SetInquirySlaRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SetInquirySlaRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            room_id: value.room_id?,
            sla: value.sla?,
        })
    }
}
impl ::std::convert::From<super::super::SetInquirySlaRequest> for SetInquirySlaRequest {
    fn from(value: super::super::SetInquirySlaRequest) -> Self {
        Self {
            room_id: Ok(value.room_id),
            sla: Ok(value.sla),
        }
    }
}
