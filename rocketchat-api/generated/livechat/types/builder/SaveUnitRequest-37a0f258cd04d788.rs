#[derive(Clone, Debug)]
pub struct SaveUnitRequest {
    unit_data: ::std::result::Result<
        super::super::SaveUnitRequestUnitData,
        ::std::string::String,
    >,
    unit_departments: ::std::result::Result<
        ::std::vec::Vec<super::super::SaveUnitRequestUnitDepartmentsItem>,
        ::std::string::String,
    >,
    unit_monitors: ::std::result::Result<
        ::std::vec::Vec<super::super::SaveUnitRequestUnitMonitorsItem>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for SaveUnitRequest {
    fn default() -> Self {
        Self {
            unit_data: Err("no value supplied for unit_data".to_string()),
            unit_departments: Err("no value supplied for unit_departments".to_string()),
            unit_monitors: Err("no value supplied for unit_monitors".to_string()),
        }
    }
}
impl SaveUnitRequest {
    pub fn unit_data<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<super::super::SaveUnitRequestUnitData>,
        T::Error: ::std::fmt::Display,
    {
        self.unit_data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for unit_data: {e}"));
        self
    }
    pub fn unit_departments<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<super::super::SaveUnitRequestUnitDepartmentsItem>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.unit_departments = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for unit_departments: {e}")
            });
        self
    }
    pub fn unit_monitors<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<super::super::SaveUnitRequestUnitMonitorsItem>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.unit_monitors = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for unit_monitors: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<SaveUnitRequest> for super::super::SaveUnitRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveUnitRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            unit_data: value.unit_data?,
            unit_departments: value.unit_departments?,
            unit_monitors: value.unit_monitors?,
        })
    }
}
impl ::std::convert::From<super::super::SaveUnitRequest> for SaveUnitRequest {
    fn from(value: super::super::SaveUnitRequest) -> Self {
        Self {
            unit_data: Ok(value.unit_data),
            unit_departments: Ok(value.unit_departments),
            unit_monitors: Ok(value.unit_monitors),
        }
    }
}
