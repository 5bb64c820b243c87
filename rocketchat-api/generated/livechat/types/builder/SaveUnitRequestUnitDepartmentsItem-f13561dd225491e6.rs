#[derive(Clone, Debug)]
pub struct SaveUnitRequestUnitDepartmentsItem {
    department_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for SaveUnitRequestUnitDepartmentsItem {
    fn default() -> Self {
        Self {
            department_id: Err("no value supplied for department_id".to_string()),
        }
    }
}
impl SaveUnitRequestUnitDepartmentsItem {
    pub fn department_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.department_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for department_id: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<SaveUnitRequestUnitDepartmentsItem>
for super::super::SaveUnitRequestUnitDepartmentsItem {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveUnitRequestUnitDepartmentsItem,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            department_id: value.department_id?,
        })
    }
}
impl ::std::convert::From<super::super::SaveUnitRequestUnitDepartmentsItem>
for SaveUnitRequestUnitDepartmentsItem {
    fn from(value: super::super::SaveUnitRequestUnitDepartmentsItem) -> Self {
        Self {
            department_id: Ok(value.department_id),
        }
    }
}
