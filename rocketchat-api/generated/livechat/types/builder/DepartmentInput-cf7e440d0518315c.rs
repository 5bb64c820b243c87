#[derive(Clone, Debug)]
pub struct DepartmentInput {
    abandoned_rooms_close_custom_message: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    allow_receive_forward_offline: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    chat_closing_tags: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    departments_allowed_to_forward: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    email: ::std::result::Result<::std::string::String, ::std::string::String>,
    enabled: ::std::result::Result<bool, ::std::string::String>,
    fallback_forward_department: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    offline_message_channel_name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    request_tag_before_closing_chat: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    show_on_offline_form: ::std::result::Result<bool, ::std::string::String>,
    show_on_registration: ::std::result::Result<bool, ::std::string::String>,
    waiting_queue_message: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for DepartmentInput {
    fn default() -> Self {
        Self {
            abandoned_rooms_close_custom_message: Ok(Default::default()),
            allow_receive_forward_offline: Ok(Default::default()),
            chat_closing_tags: Ok(Default::default()),
            departments_allowed_to_forward: Ok(Default::default()),
            description: Ok(Default::default()),
            email: Err("no value supplied for email".to_string()),
            enabled: Err("no value supplied for enabled".to_string()),
            fallback_forward_department: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            offline_message_channel_name: Ok(Default::default()),
            request_tag_before_closing_chat: Ok(Default::default()),
            show_on_offline_form: Err(
                "no value supplied for show_on_offline_form".to_string(),
            ),
            show_on_registration: Err(
                "no value supplied for show_on_registration".to_string(),
            ),
            waiting_queue_message: Ok(Default::default()),
        }
    }
}
impl DepartmentInput {
    pub fn abandoned_rooms_close_custom_message<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.abandoned_rooms_close_custom_message = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for abandoned_rooms_close_custom_message: {e}"
                )
            });
        self
    }
    pub fn allow_receive_forward_offline<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.allow_receive_forward_offline = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for allow_receive_forward_offline: {e}"
                )
            });
        self
    }
    pub fn chat_closing_tags<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.chat_closing_tags = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for chat_closing_tags: {e}")
            });
        self
    }
    pub fn departments_allowed_to_forward<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.departments_allowed_to_forward = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for departments_allowed_to_forward: {e}"
                )
            });
        self
    }
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }
    pub fn email<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.email = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for email: {e}"));
        self
    }
    pub fn enabled<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.enabled = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for enabled: {e}"));
        self
    }
    pub fn fallback_forward_department<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.fallback_forward_department = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for fallback_forward_department: {e}"
                )
            });
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
    pub fn offline_message_channel_name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.offline_message_channel_name = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for offline_message_channel_name: {e}"
                )
            });
        self
    }
    pub fn request_tag_before_closing_chat<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.request_tag_before_closing_chat = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for request_tag_before_closing_chat: {e}"
                )
            });
        self
    }
    pub fn show_on_offline_form<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.show_on_offline_form = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for show_on_offline_form: {e}")
            });
        self
    }
    pub fn show_on_registration<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.show_on_registration = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for show_on_registration: {e}")
            });
        self
    }
    pub fn waiting_queue_message<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.waiting_queue_message = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for waiting_queue_message: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<DepartmentInput> for super::super::DepartmentInput {
    type Error = super::super::error::ConversionError;
    fn try_from(
        value: DepartmentInput,
    ) -> ::std::result::Result<Self, super::super::error::ConversionError> {
        Ok(Self {
            abandoned_rooms_close_custom_message: value
                .abandoned_rooms_close_custom_message?,
            allow_receive_forward_offline: value.allow_receive_forward_offline?,
            chat_closing_tags: value.chat_closing_tags?,
            departments_allowed_to_forward: value.departments_allowed_to_forward?,
            description: value.description?,
            email: value.email?,
            enabled: value.enabled?,
            fallback_forward_department: value.fallback_forward_department?,
            name: value.name?,
            offline_message_channel_name: value.offline_message_channel_name?,
            request_tag_before_closing_chat: value.request_tag_before_closing_chat?,
            show_on_offline_form: value.show_on_offline_form?,
            show_on_registration: value.show_on_registration?,
            waiting_queue_message: value.waiting_queue_message?,
        })
    }
}
impl ::std::convert::From<super::super::DepartmentInput> for DepartmentInput {
    fn from(value: super::super::DepartmentInput) -> Self {
        Self {
            abandoned_rooms_close_custom_message: Ok(
                value.abandoned_rooms_close_custom_message,
            ),
            allow_receive_forward_offline: Ok(value.allow_receive_forward_offline),
            chat_closing_tags: Ok(value.chat_closing_tags),
            departments_allowed_to_forward: Ok(value.departments_allowed_to_forward),
            description: Ok(value.description),
            email: Ok(value.email),
            enabled: Ok(value.enabled),
            fallback_forward_department: Ok(value.fallback_forward_department),
            name: Ok(value.name),
            offline_message_channel_name: Ok(value.offline_message_channel_name),
            request_tag_before_closing_chat: Ok(value.request_tag_before_closing_chat),
            show_on_offline_form: Ok(value.show_on_offline_form),
            show_on_registration: Ok(value.show_on_registration),
            waiting_queue_message: Ok(value.waiting_queue_message),
        }
    }
}
