#[derive(Clone, Debug)]
pub struct VisitorMessageRefRequest {
    count: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    offset: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    rid: ::std::result::Result<::std::string::String, ::std::string::String>,
    sort: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    token: ::std::result::Result<crate::SecretString, ::std::string::String>,
}
impl ::std::default::Default for VisitorMessageRefRequest {
    fn default() -> Self {
        Self {
            count: Ok(Default::default()),
            offset: Ok(Default::default()),
            rid: Err("no value supplied for rid".to_string()),
            sort: Ok(Default::default()),
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl VisitorMessageRefRequest {
    pub fn count<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.count = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for count: {e}"));
        self
    }
    pub fn offset<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.offset = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for offset: {e}"));
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
    pub fn sort<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.sort = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for sort: {e}"));
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
impl ::std::convert::TryFrom<VisitorMessageRefRequest>
for super::super::VisitorMessageRefRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: VisitorMessageRefRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            count: value.count?,
            offset: value.offset?,
            rid: value.rid?,
            sort: value.sort?,
            token: value.token?,
        })
    }
}
impl ::std::convert::From<super::super::VisitorMessageRefRequest> for VisitorMessageRefRequest {
    fn from(value: super::super::VisitorMessageRefRequest) -> Self {
        Self {
            count: Ok(value.count),
            offset: Ok(value.offset),
            rid: Ok(value.rid),
            sort: Ok(value.sort),
            token: Ok(value.token),
        }
    }
}
