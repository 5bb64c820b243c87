#[derive(Clone, Debug)]
pub struct RoomIdRequest {
    room_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for RoomIdRequest {
    fn default() -> Self {
        Self {
            room_id: Err("no value supplied for room_id".to_string()),
        }
    }
}
impl RoomIdRequest {
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
}
impl ::std::convert::TryFrom<RoomIdRequest> for super::super::RoomIdRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: RoomIdRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self { room_id: value.room_id? })
    }
}
impl ::std::convert::From<super::super::RoomIdRequest> for RoomIdRequest {
    fn from(value: super::super::RoomIdRequest) -> Self {
        Self { room_id: Ok(value.room_id) }
    }
}
