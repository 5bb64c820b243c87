#[derive(Clone, Debug)]
pub struct CreateDepartmentRequest {
    agents: ::std::result::Result<
        ::std::vec::Vec<super::super::DepartmentAgentInput>,
        ::std::string::String,
    >,
    department: ::std::result::Result<super::super::DepartmentInput, ::std::string::String>,
    department_unit: ::std::result::Result<
        ::std::option::Option<super::super::CreateDepartmentRequestDepartmentUnit>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for CreateDepartmentRequest {
    fn default() -> Self {
        Self {
            agents: Ok(Default::default()),
            department: Err("no value supplied for department".to_string()),
            department_unit: Ok(Default::default()),
        }
    }
}
impl CreateDepartmentRequest {
    pub fn agents<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<super::super::DepartmentAgentInput>>,
        T::Error: ::std::fmt::Display,
    {
        self.agents = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for agents: {e}"));
        self
    }
    pub fn department<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<super::super::DepartmentInput>,
        T::Error: ::std::fmt::Display,
    {
        self.department = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for department: {e}"));
        self
    }
    pub fn department_unit<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<super::super::CreateDepartmentRequestDepartmentUnit>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.department_unit = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for department_unit: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<CreateDepartmentRequest>
for super::super::CreateDepartmentRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: CreateDepartmentRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            agents: value.agents?,
            department: value.department?,
            department_unit: value.department_unit?,
        })
    }
}
impl ::std::convert::From<super::super::CreateDepartmentRequest> for CreateDepartmentRequest {
    fn from(value: super::super::CreateDepartmentRequest) -> Self {
        Self {
            agents: Ok(value.agents),
            department: Ok(value.department),
            department_unit: Ok(value.department_unit),
        }
    }
}
