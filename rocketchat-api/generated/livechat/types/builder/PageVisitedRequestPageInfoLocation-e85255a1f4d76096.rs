#[derive(Clone, Debug)]
pub struct PageVisitedRequestPageInfoLocation {
    href: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for PageVisitedRequestPageInfoLocation {
    fn default() -> Self {
        Self {
            href: Err("no value supplied for href".to_string()),
        }
    }
}
impl PageVisitedRequestPageInfoLocation {
    pub fn href<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.href = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for href: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PageVisitedRequestPageInfoLocation>
for super::super::PageVisitedRequestPageInfoLocation {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: PageVisitedRequestPageInfoLocation,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self { href: value.href? })
    }
}
impl ::std::convert::From<super::super::PageVisitedRequestPageInfoLocation>
for PageVisitedRequestPageInfoLocation {
    fn from(value: super::super::PageVisitedRequestPageInfoLocation) -> Self {
        Self { href: Ok(value.href) }
    }
}
