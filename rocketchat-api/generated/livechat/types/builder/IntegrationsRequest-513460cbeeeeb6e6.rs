#[derive(Clone, Debug)]
pub struct IntegrationsRequest {
    livechat_http_timeout: ::std::result::Result<
        ::std::option::Option<i64>,
        ::std::string::String,
    >,
    livechat_secret_token: ::std::result::Result<
        ::std::option::Option<crate::SecretString>,
        ::std::string::String,
    >,
    livechat_webhook_on_agent_message: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    livechat_webhook_on_chat_queued: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    livechat_webhook_on_chat_taken: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    livechat_webhook_on_close: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    livechat_webhook_on_forward: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    livechat_webhook_on_offline_msg: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    livechat_webhook_on_start: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    livechat_webhook_on_visitor_message: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    livechat_webhook_url: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for IntegrationsRequest {
    fn default() -> Self {
        Self {
            livechat_http_timeout: Ok(Default::default()),
            livechat_secret_token: Ok(Default::default()),
            livechat_webhook_on_agent_message: Ok(Default::default()),
            livechat_webhook_on_chat_queued: Ok(Default::default()),
            livechat_webhook_on_chat_taken: Ok(Default::default()),
            livechat_webhook_on_close: Ok(Default::default()),
            livechat_webhook_on_forward: Ok(Default::default()),
            livechat_webhook_on_offline_msg: Ok(Default::default()),
            livechat_webhook_on_start: Ok(Default::default()),
            livechat_webhook_on_visitor_message: Ok(Default::default()),
            livechat_webhook_url: Ok(Default::default()),
        }
    }
}
impl IntegrationsRequest {
    pub fn livechat_http_timeout<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.livechat_http_timeout = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for livechat_http_timeout: {e}")
            });
        self
    }
    pub fn livechat_secret_token<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::SecretString>>,
        T::Error: ::std::fmt::Display,
    {
        self.livechat_secret_token = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for livechat_secret_token: {e}")
            });
        self
    }
    pub fn livechat_webhook_on_agent_message<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.livechat_webhook_on_agent_message = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for livechat_webhook_on_agent_message: {e}"
                )
            });
        self
    }
    pub fn livechat_webhook_on_chat_queued<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.livechat_webhook_on_chat_queued = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for livechat_webhook_on_chat_queued: {e}"
                )
            });
        self
    }
    pub fn livechat_webhook_on_chat_taken<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.livechat_webhook_on_chat_taken = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for livechat_webhook_on_chat_taken: {e}"
                )
            });
        self
    }
    pub fn livechat_webhook_on_close<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.livechat_webhook_on_close = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for livechat_webhook_on_close: {e}"
                )
            });
        self
    }
    pub fn livechat_webhook_on_forward<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.livechat_webhook_on_forward = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for livechat_webhook_on_forward: {e}"
                )
            });
        self
    }
    pub fn livechat_webhook_on_offline_msg<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.livechat_webhook_on_offline_msg = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for livechat_webhook_on_offline_msg: {e}"
                )
            });
        self
    }
    pub fn livechat_webhook_on_start<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.livechat_webhook_on_start = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for livechat_webhook_on_start: {e}"
                )
            });
        self
    }
    pub fn livechat_webhook_on_visitor_message<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.livechat_webhook_on_visitor_message = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for livechat_webhook_on_visitor_message: {e}"
                )
            });
        self
    }
    pub fn livechat_webhook_url<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.livechat_webhook_url = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for livechat_webhook_url: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<IntegrationsRequest> for super::super::IntegrationsRequest {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: IntegrationsRequest,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            livechat_http_timeout: value.livechat_http_timeout?,
            livechat_secret_token: value.livechat_secret_token?,
            livechat_webhook_on_agent_message: value.livechat_webhook_on_agent_message?,
            livechat_webhook_on_chat_queued: value.livechat_webhook_on_chat_queued?,
            livechat_webhook_on_chat_taken: value.livechat_webhook_on_chat_taken?,
            livechat_webhook_on_close: value.livechat_webhook_on_close?,
            livechat_webhook_on_forward: value.livechat_webhook_on_forward?,
            livechat_webhook_on_offline_msg: value.livechat_webhook_on_offline_msg?,
            livechat_webhook_on_start: value.livechat_webhook_on_start?,
            livechat_webhook_on_visitor_message: value
                .livechat_webhook_on_visitor_message?,
            livechat_webhook_url: value.livechat_webhook_url?,
        })
    }
}
impl ::std::convert::From<super::super::IntegrationsRequest> for IntegrationsRequest {
    fn from(value: super::super::IntegrationsRequest) -> Self {
        Self {
            livechat_http_timeout: Ok(value.livechat_http_timeout),
            livechat_secret_token: Ok(value.livechat_secret_token),
            livechat_webhook_on_agent_message: Ok(
                value.livechat_webhook_on_agent_message,
            ),
            livechat_webhook_on_chat_queued: Ok(value.livechat_webhook_on_chat_queued),
            livechat_webhook_on_chat_taken: Ok(value.livechat_webhook_on_chat_taken),
            livechat_webhook_on_close: Ok(value.livechat_webhook_on_close),
            livechat_webhook_on_forward: Ok(value.livechat_webhook_on_forward),
            livechat_webhook_on_offline_msg: Ok(value.livechat_webhook_on_offline_msg),
            livechat_webhook_on_start: Ok(value.livechat_webhook_on_start),
            livechat_webhook_on_visitor_message: Ok(
                value.livechat_webhook_on_visitor_message,
            ),
            livechat_webhook_url: Ok(value.livechat_webhook_url),
        }
    }
}
