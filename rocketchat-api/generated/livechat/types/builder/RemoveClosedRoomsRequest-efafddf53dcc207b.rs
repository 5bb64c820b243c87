#[derive(Clone, Debug)]
pub struct RemoveClosedRoomsRequest {
    department_ids: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for RemoveClosedRoomsRequest {
    fn default() -> Self {
        Self {
            department_ids: Ok(Default::default()),
        }
    }
}
impl RemoveClosedRoomsRequest {
    pub fn department_ids<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.department_ids = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for department_ids: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<RemoveClosedRoomsRequest>
for super::super::RemoveClosedRoomsRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: RemoveClosedRoomsRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            department_ids: value.department_ids?,
        })
    }
}
impl ::std::convert::From<super::super::RemoveClosedRoomsRequest> for RemoveClosedRoomsRequest {
    fn from(value: super::super::RemoveClosedRoomsRequest) -> Self {
        Self {
            department_ids: Ok(value.department_ids),
        }
    }
}
