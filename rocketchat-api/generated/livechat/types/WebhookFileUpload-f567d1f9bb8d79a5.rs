///Where an uploaded file can be read, on messages that carry one.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct WebhookFileUpload {
    #[serde(
        rename = "publicFilePath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_file_path: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<f64>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
