#[derive(Clone, Debug)]
pub struct SaveRoomInfoRequestRoomData {
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    livechat_data: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    priority_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    sla_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    tags: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    topic: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for SaveRoomInfoRequestRoomData {
    fn default() -> Self {
        Self {
            id: Err("no value supplied for id".to_string()),
            livechat_data: Ok(Default::default()),
            priority_id: Ok(Default::default()),
            sla_id: Ok(Default::default()),
            tags: Ok(Default::default()),
            topic: Ok(Default::default()),
        }
    }
}
impl SaveRoomInfoRequestRoomData {
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
    pub fn priority_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.priority_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for priority_id: {e}")
            });
        self
    }
    pub fn sla_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.sla_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for sla_id: {e}"));
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
    pub fn topic<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.topic = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for topic: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SaveRoomInfoRequestRoomData>
for super::super::SaveRoomInfoRequestRoomData {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveRoomInfoRequestRoomData,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            id: value.id?,
            livechat_data: value.livechat_data?,
            priority_id: value.priority_id?,
            sla_id: value.sla_id?,
            tags: value.tags?,
            topic: value.topic?,
        })
    }
}
impl ::std::convert::From<super::super::SaveRoomInfoRequestRoomData>
for SaveRoomInfoRequestRoomData {
    fn from(value: super::super::SaveRoomInfoRequestRoomData) -> Self {
        Self {
            id: Ok(value.id),
            livechat_data: Ok(value.livechat_data),
            priority_id: Ok(value.priority_id),
            sla_id: Ok(value.sla_id),
            tags: Ok(value.tags),
            topic: Ok(value.topic),
        }
    }
}
