#[derive(Clone, Debug)]
pub struct SaveTagRequest {
    id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    tag_data: ::std::result::Result<super::super::SaveTagRequestTagData, ::std::string::String>,
    tag_departments: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for SaveTagRequest {
    fn default() -> Self {
        Self {
            id: Ok(Default::default()),
            tag_data: Err("no value supplied for tag_data".to_string()),
            tag_departments: Ok(Default::default()),
        }
    }
}
impl SaveTagRequest {
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
    pub fn tag_data<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<super::super::SaveTagRequestTagData>,
        T::Error: ::std::fmt::Display,
    {
        self.tag_data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tag_data: {e}"));
        self
    }
    pub fn tag_departments<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.tag_departments = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for tag_departments: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<SaveTagRequest> for super::super::SaveTagRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveTagRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            id: value.id?,
            tag_data: value.tag_data?,
            tag_departments: value.tag_departments?,
        })
    }
}
impl ::std::convert::From<super::super::SaveTagRequest> for SaveTagRequest {
    fn from(value: super::super::SaveTagRequest) -> Self {
        Self {
            id: Ok(value.id),
            tag_data: Ok(value.tag_data),
            tag_departments: Ok(value.tag_departments),
        }
    }
}
