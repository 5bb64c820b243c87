#[derive(Clone, Debug)]
pub struct CloseRoomByUserRequest {
    comment: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    force_close: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    generate_transcript_pdf: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    rid: ::std::result::Result<::std::string::String, ::std::string::String>,
    tags: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    transcript_email: ::std::result::Result<
        ::std::option::Option<super::super::CloseRoomByUserRequestTranscriptEmail>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for CloseRoomByUserRequest {
    fn default() -> Self {
        Self {
            comment: Ok(Default::default()),
            force_close: Ok(Default::default()),
            generate_transcript_pdf: Ok(Default::default()),
            rid: Err("no value supplied for rid".to_string()),
            tags: Ok(Default::default()),
            transcript_email: Ok(Default::default()),
        }
    }
}
impl CloseRoomByUserRequest {
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
    pub fn force_close<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.force_close = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for force_close: {e}")
            });
        self
    }
    pub fn generate_transcript_pdf<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.generate_transcript_pdf = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for generate_transcript_pdf: {e}"
                )
            });
        self
    }
    pub fn rid<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.rid = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for rid: {e}"));
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
    pub fn transcript_email<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<super::super::CloseRoomByUserRequestTranscriptEmail>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.transcript_email = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for transcript_email: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<CloseRoomByUserRequest> for super::super::CloseRoomByUserRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: CloseRoomByUserRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            comment: value.comment?,
            force_close: value.force_close?,
            generate_transcript_pdf: value.generate_transcript_pdf?,
            rid: value.rid?,
            tags: value.tags?,
            transcript_email: value.transcript_email?,
        })
    }
}
impl ::std::convert::From<super::super::CloseRoomByUserRequest> for CloseRoomByUserRequest {
    fn from(value: super::super::CloseRoomByUserRequest) -> Self {
        Self {
            comment: Ok(value.comment),
            force_close: Ok(value.force_close),
            generate_transcript_pdf: Ok(value.generate_transcript_pdf),
            rid: Ok(value.rid),
            tags: Ok(value.tags),
            transcript_email: Ok(value.transcript_email),
        }
    }
}
