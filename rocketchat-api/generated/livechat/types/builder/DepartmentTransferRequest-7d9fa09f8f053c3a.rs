#[derive(Clone, Debug)]
pub struct DepartmentTransferRequest {
    department: ::std::result::Result<::std::string::String, ::std::string::String>,
    rid: ::std::result::Result<::std::string::String, ::std::string::String>,
    token: ::std::result::Result<crate::SecretString, ::std::string::String>,
}
impl ::std::default::Default for DepartmentTransferRequest {
    fn default() -> Self {
        Self {
            department: Err("no value supplied for department".to_string()),
            rid: Err("no value supplied for rid".to_string()),
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl DepartmentTransferRequest {
    pub fn department<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.department = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for department: {e}"));
        self
    }
    pub fn rid<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.rid = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for rid: {e}"));
        self
    }
    pub fn token<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::SecretString>,
        T::Error: ::std::fmt::Display,
    {
        self.token = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for token: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<DepartmentTransferRequest>
for super::super::DepartmentTransferRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: DepartmentTransferRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            department: value.department?,
            rid: value.rid?,
            token: value.token?,
        })
    }
}
impl ::std::convert::From<super::super::DepartmentTransferRequest>
for DepartmentTransferRequest {
    fn from(value: super::super::DepartmentTransferRequest) -> Self {
        Self {
            department: Ok(value.department),
            rid: Ok(value.rid),
            token: Ok(value.token),
        }
    }
}
