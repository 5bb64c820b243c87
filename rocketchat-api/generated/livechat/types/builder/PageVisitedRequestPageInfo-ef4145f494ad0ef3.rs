#[derive(Clone, Debug)]
pub struct PageVisitedRequestPageInfo {
    change: ::std::result::Result<::std::string::String, ::std::string::String>,
    location: ::std::result::Result<
        super::super::PageVisitedRequestPageInfoLocation,
        ::std::string::String,
    >,
    title: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for PageVisitedRequestPageInfo {
    fn default() -> Self {
        Self {
            change: Err("no value supplied for change".to_string()),
            location: Err("no value supplied for location".to_string()),
            title: Err("no value supplied for title".to_string()),
        }
    }
}
impl PageVisitedRequestPageInfo {
    pub fn change<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.change = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for change: {e}"));
        self
    }
    pub fn location<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<super::super::PageVisitedRequestPageInfoLocation>,
        T::Error: ::std::fmt::Display,
    {
        self.location = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for location: {e}"));
        self
    }
    pub fn title<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.title = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for title: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PageVisitedRequestPageInfo>
for super::super::PageVisitedRequestPageInfo {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: PageVisitedRequestPageInfo,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            change: value.change?,
            location: value.location?,
            title: value.title?,
        })
    }
}
impl ::std::convert::From<super::super::PageVisitedRequestPageInfo>
for PageVisitedRequestPageInfo {
    fn from(value: super::super::PageVisitedRequestPageInfo) -> Self {
        Self {
            change: Ok(value.change),
            location: Ok(value.location),
            title: Ok(value.title),
        }
    }
}
