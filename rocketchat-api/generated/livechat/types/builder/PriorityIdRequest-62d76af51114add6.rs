#[derive(Clone, Debug)]
pub struct PriorityIdRequest {
    priority_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for PriorityIdRequest {
    fn default() -> Self {
        Self {
            priority_id: Err("no value supplied for priority_id".to_string()),
        }
    }
}
impl PriorityIdRequest {
    pub fn priority_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.priority_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for priority_id: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<PriorityIdRequest> for super::super::PriorityIdRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: PriorityIdRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            priority_id: value.priority_id?,
        })
    }
}
impl ::std::convert::From<super::super::PriorityIdRequest> for PriorityIdRequest {
    fn from(value: super::super::PriorityIdRequest) -> Self {
        Self {
            priority_id: Ok(value.priority_id),
        }
    }
}
