#[derive(Clone, Debug)]
pub struct UpdateDepartmentAgentsRequest {
    remove: ::std::result::Result<
        ::std::vec::Vec<super::super::DepartmentAgentRemoval>,
        ::std::string::String,
    >,
    upsert: ::std::result::Result<
        ::std::vec::Vec<super::super::DepartmentAgentUpsert>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for UpdateDepartmentAgentsRequest {
    fn default() -> Self {
        Self {
            remove: Err("no value supplied for remove".to_string()),
            upsert: Err("no value supplied for upsert".to_string()),
        }
    }
}
impl UpdateDepartmentAgentsRequest {
    pub fn remove<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<super::super::DepartmentAgentRemoval>>,
        T::Error: ::std::fmt::Display,
    {
        self.remove = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for remove: {e}"));
        self
    }
    pub fn upsert<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<super::super::DepartmentAgentUpsert>>,
        T::Error: ::std::fmt::Display,
    {
        self.upsert = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for upsert: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<UpdateDepartmentAgentsRequest>
for super::super::UpdateDepartmentAgentsRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: UpdateDepartmentAgentsRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            remove: value.remove?,
            upsert: value.upsert?,
        })
    }
}
impl ::std::convert::From<super::super::UpdateDepartmentAgentsRequest>
for UpdateDepartmentAgentsRequest {
    fn from(value: super::super::UpdateDepartmentAgentsRequest) -> Self {
        Self {
            remove: Ok(value.remove),
            upsert: Ok(value.upsert),
        }
    }
}
