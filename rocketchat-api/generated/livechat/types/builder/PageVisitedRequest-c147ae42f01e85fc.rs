#[derive(Clone, Debug)]
pub struct PageVisitedRequest {
    page_info: ::std::result::Result<
        super::super::PageVisitedRequestPageInfo,
        ::std::string::String,
    >,
    rid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    token: ::std::result::Result<crate::SecretString, ::std::string::String>,
}
impl ::std::default::Default for PageVisitedRequest {
    fn default() -> Self {
        Self {
            page_info: Err("no value supplied for page_info".to_string()),
            rid: Ok(Default::default()),
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl PageVisitedRequest {
    pub fn page_info<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<super::super::PageVisitedRequestPageInfo>,
        T::Error: ::std::fmt::Display,
    {
        self.page_info = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page_info: {e}"));
        self
    }
    pub fn rid<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.rid = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for rid: {e}"));
        self
    }
    pub fn token<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::SecretString>,
        T::Error: ::std::fmt::Display,
    {
        self.token = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for token: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PageVisitedRequest> for super::super::PageVisitedRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: PageVisitedRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            page_info: value.page_info?,
            rid: value.rid?,
            token: value.token?,
        })
    }
}
impl ::std::convert::From<super::super::PageVisitedRequest> for PageVisitedRequest {
    fn from(value: super::super::PageVisitedRequest) -> Self {
        Self {
            page_info: Ok(value.page_info),
            rid: Ok(value.rid),
            token: Ok(value.token),
        }
    }
}
