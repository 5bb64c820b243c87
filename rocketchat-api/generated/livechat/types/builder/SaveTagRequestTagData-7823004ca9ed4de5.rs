#[derive(Clone, Debug)]
pub struct SaveTagRequestTagData {
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for SaveTagRequestTagData {
    fn default() -> Self {
        Self {
            description: Ok(Default::default()),
            name: Ok(Default::default()),
        }
    }
}
impl SaveTagRequestTagData {
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SaveTagRequestTagData> for super::super::SaveTagRequestTagData {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveTagRequestTagData,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            description: value.description?,
            name: value.name?,
        })
    }
}
impl ::std::convert::From<super::super::SaveTagRequestTagData> for SaveTagRequestTagData {
    fn from(value: super::super::SaveTagRequestTagData) -> Self {
        Self {
            description: Ok(value.description),
            name: Ok(value.name),
        }
    }
}
