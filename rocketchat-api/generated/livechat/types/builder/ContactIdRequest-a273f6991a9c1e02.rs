#[derive(Clone, Debug)]
pub struct ContactIdRequest {
    contact_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for ContactIdRequest {
    fn default() -> Self {
        Self {
            contact_id: Err("no value supplied for contact_id".to_string()),
        }
    }
}
impl ContactIdRequest {
    pub fn contact_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.contact_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for contact_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<ContactIdRequest> for super::super::ContactIdRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: ContactIdRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            contact_id: value.contact_id?,
        })
    }
}
impl ::std::convert::From<super::super::ContactIdRequest> for ContactIdRequest {
    fn from(value: super::super::ContactIdRequest) -> Self {
        Self {
            contact_id: Ok(value.contact_id),
        }
    }
}
