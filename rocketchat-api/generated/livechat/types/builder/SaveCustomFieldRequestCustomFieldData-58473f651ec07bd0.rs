#[derive(Clone, Debug)]
pub struct SaveCustomFieldRequestCustomFieldData {
    default_value: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    field: ::std::result::Result<::std::string::String, ::std::string::String>,
    label: ::std::result::Result<::std::string::String, ::std::string::String>,
    options: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    public: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
    regexp: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    required: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
    scope: ::std::result::Result<
        ::rocketchat_api::types::CustomFieldScope,
        ::std::string::String,
    >,
    searchable: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    type_: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    visibility: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for SaveCustomFieldRequestCustomFieldData {
    fn default() -> Self {
        Self {
            default_value: Ok(Default::default()),
            field: Err("no value supplied for field".to_string()),
            label: Err("no value supplied for label".to_string()),
            options: Ok(Default::default()),
            public: Ok(Default::default()),
            regexp: Ok(Default::default()),
            required: Ok(Default::default()),
            scope: Err("no value supplied for scope".to_string()),
            searchable: Ok(Default::default()),
            type_: Ok(Default::default()),
            visibility: Err("no value supplied for visibility".to_string()),
        }
    }
}
impl SaveCustomFieldRequestCustomFieldData {
    pub fn default_value<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.default_value = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for default_value: {e}")
            });
        self
    }
    pub fn field<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.field = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for field: {e}"));
        self
    }
    pub fn label<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.label = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for label: {e}"));
        self
    }
    pub fn options<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.options = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for options: {e}"));
        self
    }
    pub fn public<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.public = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for public: {e}"));
        self
    }
    pub fn regexp<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.regexp = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for regexp: {e}"));
        self
    }
    pub fn required<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.required = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for required: {e}"));
        self
    }
    pub fn scope<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::rocketchat_api::types::CustomFieldScope>,
        T::Error: ::std::fmt::Display,
    {
        self.scope = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for scope: {e}"));
        self
    }
    pub fn searchable<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.searchable = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for searchable: {e}"));
        self
    }
    pub fn type_<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.type_ = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for type_: {e}"));
        self
    }
    pub fn visibility<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.visibility = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for visibility: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SaveCustomFieldRequestCustomFieldData>
for super::super::SaveCustomFieldRequestCustomFieldData {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveCustomFieldRequestCustomFieldData,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            default_value: value.default_value?,
            field: value.field?,
            label: value.label?,
            options: value.options?,
            public: value.public?,
            regexp: value.regexp?,
            required: value.required?,
            scope: value.scope?,
            searchable: value.searchable?,
            type_: value.type_?,
            visibility: value.visibility?,
        })
    }
}
impl ::std::convert::From<super::super::SaveCustomFieldRequestCustomFieldData>
for SaveCustomFieldRequestCustomFieldData {
    fn from(value: super::super::SaveCustomFieldRequestCustomFieldData) -> Self {
        Self {
            default_value: Ok(value.default_value),
            field: Ok(value.field),
            label: Ok(value.label),
            options: Ok(value.options),
            public: Ok(value.public),
            regexp: Ok(value.regexp),
            required: Ok(value.required),
            scope: Ok(value.scope),
            searchable: Ok(value.searchable),
            type_: Ok(value.type_),
            visibility: Ok(value.visibility),
        }
    }
}
