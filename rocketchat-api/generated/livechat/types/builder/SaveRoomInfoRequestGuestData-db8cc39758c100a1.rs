#[derive(Clone, Debug)]
pub struct SaveRoomInfoRequestGuestData {
    email: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    livechat_data: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    phone: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for SaveRoomInfoRequestGuestData {
    fn default() -> Self {
        Self {
            email: Ok(Default::default()),
            id: Err("no value supplied for id".to_string()),
            livechat_data: Ok(Default::default()),
            name: Ok(Default::default()),
            phone: Ok(Default::default()),
        }
    }
}
impl SaveRoomInfoRequestGuestData {
    pub fn email<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.email = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for email: {e}"));
        self
    }
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }
    pub fn livechat_data<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.livechat_data = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for livechat_data: {e}")
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
    pub fn phone<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.phone = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for phone: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SaveRoomInfoRequestGuestData>
for super::super::SaveRoomInfoRequestGuestData {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveRoomInfoRequestGuestData,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            email: value.email?,
            id: value.id?,
            livechat_data: value.livechat_data?,
            name: value.name?,
            phone: value.phone?,
        })
    }
}
impl ::std::convert::From<super::super::SaveRoomInfoRequestGuestData>
for SaveRoomInfoRequestGuestData {
    fn from(value: super::super::SaveRoomInfoRequestGuestData) -> Self {
        Self {
            email: Ok(value.email),
            id: Ok(value.id),
            livechat_data: Ok(value.livechat_data),
            name: Ok(value.name),
            phone: Ok(value.phone),
        }
    }
}
