#[derive(Clone, Debug)]
pub struct SaveCannedResponseRequest {
    department_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    scope: ::std::result::Result<::std::string::String, ::std::string::String>,
    shortcut: ::std::result::Result<::std::string::String, ::std::string::String>,
    tags: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    text: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for SaveCannedResponseRequest {
    fn default() -> Self {
        Self {
            department_id: Ok(Default::default()),
            id: Ok(Default::default()),
            scope: Err("no value supplied for scope".to_string()),
            shortcut: Err("no value supplied for shortcut".to_string()),
            tags: Ok(Default::default()),
            text: Err("no value supplied for text".to_string()),
        }
    }
}
impl SaveCannedResponseRequest {
    pub fn department_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.department_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for department_id: {e}")
            });
        self
    }
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
    pub fn scope<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.scope = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for scope: {e}"));
        self
    }
    pub fn shortcut<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.shortcut = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for shortcut: {e}"));
        self
    }
    pub fn tags<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.tags = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tags: {e}"));
        self
    }
    pub fn text<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.text = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for text: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SaveCannedResponseRequest>
for super::super::SaveCannedResponseRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveCannedResponseRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            department_id: value.department_id?,
            id: value.id?,
            scope: value.scope?,
            shortcut: value.shortcut?,
            tags: value.tags?,
            text: value.text?,
        })
    }
}
impl ::std::convert::From<super::super::SaveCannedResponseRequest>
for SaveCannedResponseRequest {
    fn from(value: super::super::SaveCannedResponseRequest) -> Self {
        Self {
            department_id: Ok(value.department_id),
            id: Ok(value.id),
            scope: Ok(value.scope),
            shortcut: Ok(value.shortcut),
            tags: Ok(value.tags),
            text: Ok(value.text),
        }
    }
}
