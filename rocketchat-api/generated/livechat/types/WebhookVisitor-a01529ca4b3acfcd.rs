/**The visitor as a webhook tells it. `email` is the visitor's email list and `phone` its phone list on real events; the `webhook.test` sample sends both as plain strings, an empty `_id` and no `token`; servers before 6.x sent `null` for missing ones.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookVisitor {
    ///Browser and version read from the visitor's user agent.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub browser: ::std::option::Option<::std::string::String>,
    ///The visitor's custom fields (livechatData).
    #[serde(
        rename = "customFields",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub custom_fields: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<WebhookVisitorEmail>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ip: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    ///Operating system and version read from the visitor's user agent.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub os: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<WebhookVisitorPhone>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<crate::SecretString>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
}
