#[derive(Clone, Debug)]
pub struct SaveRoomInfoRequest {
    guest_data: ::std::result::Result<
        super::super::SaveRoomInfoRequestGuestData,
        ::std::string::String,
    >,
    room_data: ::std::result::Result<
        super::super::SaveRoomInfoRequestRoomData,
        ::std::string::String,
    >,
}
impl ::std::default::Default for SaveRoomInfoRequest {
    fn default() -> Self {
        Self {
            guest_data: Err("no value supplied for guest_data".to_string()),
            room_data: Err("no value supplied for room_data".to_string()),
        }
    }
}
impl SaveRoomInfoRequest {
    pub fn guest_data<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<super::super::SaveRoomInfoRequestGuestData>,
        T::Error: ::std::fmt::Display,
    {
        self.guest_data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for guest_data: {e}"));
        self
    }
    pub fn room_data<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<super::super::SaveRoomInfoRequestRoomData>,
        T::Error: ::std::fmt::Display,
    {
        self.room_data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for room_data: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SaveRoomInfoRequest> for super::super::SaveRoomInfoRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: SaveRoomInfoRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            guest_data: value.guest_data?,
            room_data: value.room_data?,
        })
    }
}
impl ::std::convert::From<super::super::SaveRoomInfoRequest> for SaveRoomInfoRequest {
    fn from(value: super::super::SaveRoomInfoRequest) -> Self {
        Self {
            guest_data: Ok(value.guest_data),
            room_data: Ok(value.room_data),
        }
    }
}
