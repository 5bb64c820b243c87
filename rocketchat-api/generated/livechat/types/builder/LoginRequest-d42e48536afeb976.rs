#[derive(Clone, Debug)]
pub struct LoginRequest {
    code: ::std::result::Result<
        ::std::option::Option<crate::SecretString>,
        ::std::string::String,
    >,
    email: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    password: ::std::result::Result<
        ::std::option::Option<crate::SecretString>,
        ::std::string::String,
    >,
    resume: ::std::result::Result<
        ::std::option::Option<crate::SecretString>,
        ::std::string::String,
    >,
    user: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    username: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for LoginRequest {
    fn default() -> Self {
        Self {
            code: Ok(Default::default()),
            email: Ok(Default::default()),
            password: Ok(Default::default()),
            resume: Ok(Default::default()),
            user: Ok(Default::default()),
            username: Ok(Default::default()),
        }
    }
}
impl LoginRequest {
    pub fn code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::SecretString>>,
        T::Error: ::std::fmt::Display,
    {
        self.code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for code: {e}"));
        self
    }
    pub fn email<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.email = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for email: {e}"));
        self
    }
    pub fn password<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::SecretString>>,
        T::Error: ::std::fmt::Display,
    {
        self.password = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for password: {e}"));
        self
    }
    pub fn resume<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::SecretString>>,
        T::Error: ::std::fmt::Display,
    {
        self.resume = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for resume: {e}"));
        self
    }
    pub fn user<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.user = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for user: {e}"));
        self
    }
    pub fn username<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.username = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for username: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<LoginRequest> for super::super::LoginRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: LoginRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            code: value.code?,
            email: value.email?,
            password: value.password?,
            resume: value.resume?,
            user: value.user?,
            username: value.username?,
        })
    }
}
impl ::std::convert::From<super::super::LoginRequest> for LoginRequest {
    fn from(value: super::super::LoginRequest) -> Self {
        Self {
            code: Ok(value.code),
            email: Ok(value.email),
            password: Ok(value.password),
            resume: Ok(value.resume),
            user: Ok(value.user),
            username: Ok(value.username),
        }
    }
}
