#[derive(Clone, Debug)]
pub struct ForwardRoomRequest {
    client_action: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    comment: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    department_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    room_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    user_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ForwardRoomRequest {
    fn default() -> Self {
        Self {
            client_action: Ok(Default::default()),
            comment: Ok(Default::default()),
            department_id: Ok(Default::default()),
            room_id: Err("no value supplied for room_id".to_string()),
            user_id: Ok(Default::default()),
        }
    }
}
impl ForwardRoomRequest {
    pub fn client_action<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.client_action = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for client_action: {e}")
            });
        self
    }
    pub fn comment<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.comment = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for comment: {e}"));
        self
    }
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
    pub fn room_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.room_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for room_id: {e}"));
        self
    }
    pub fn user_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.user_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for user_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<ForwardRoomRequest> for super::super::ForwardRoomRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: ForwardRoomRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            client_action: value.client_action?,
            comment: value.comment?,
            department_id: value.department_id?,
            room_id: value.room_id?,
            user_id: value.user_id?,
        })
    }
}
impl ::std::convert::From<super::super::ForwardRoomRequest> for ForwardRoomRequest {
    fn from(value: super::super::ForwardRoomRequest) -> Self {
        Self {
            client_action: Ok(value.client_action),
            comment: Ok(value.comment),
            department_id: Ok(value.department_id),
            room_id: Ok(value.room_id),
            user_id: Ok(value.user_id),
        }
    }
}
