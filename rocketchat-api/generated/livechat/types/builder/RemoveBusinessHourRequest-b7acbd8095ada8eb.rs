#[derive(Clone, Debug)]
pub struct RemoveBusinessHourRequest {
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    type_: ::std::result::Result<
        ::rocketchat_api::types::BusinessHourType,
        ::std::string::String,
    >,
}
impl ::std::default::Default for RemoveBusinessHourRequest {
    fn default() -> Self {
        Self {
            id: Err("no value supplied for id".to_string()),
            type_: Err("no value supplied for type_".to_string()),
        }
    }
}
impl RemoveBusinessHourRequest {
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
    pub fn type_<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::rocketchat_api::types::BusinessHourType>,
        T::Error: ::std::fmt::Display,
    {
        self.type_ = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for type_: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<RemoveBusinessHourRequest>
for super::super::RemoveBusinessHourRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: RemoveBusinessHourRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            id: value.id?,
            type_: value.type_?,
        })
    }
}
impl ::std::convert::From<super::super::RemoveBusinessHourRequest>
for RemoveBusinessHourRequest {
    fn from(value: super::super::RemoveBusinessHourRequest) -> Self {
        Self {
            id: Ok(value.id),
            type_: Ok(value.type_),
        }
    }
}
