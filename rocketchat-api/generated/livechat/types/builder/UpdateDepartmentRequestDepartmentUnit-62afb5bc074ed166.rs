#[derive(Clone, Debug)]
pub struct UpdateDepartmentRequestDepartmentUnit {
    id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for UpdateDepartmentRequestDepartmentUnit {
    fn default() -> Self {
        Self { id: Ok(Default::default()) }
    }
}
impl UpdateDepartmentRequestDepartmentUnit {
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<UpdateDepartmentRequestDepartmentUnit>
for super::super::UpdateDepartmentRequestDepartmentUnit {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: UpdateDepartmentRequestDepartmentUnit,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self { id: value.id? })
    }
}
impl ::std::convert::From<super::super::UpdateDepartmentRequestDepartmentUnit>
for UpdateDepartmentRequestDepartmentUnit {
    fn from(value: super::super::UpdateDepartmentRequestDepartmentUnit) -> Self {
        Self { id: Ok(value.id) }
    }
}
