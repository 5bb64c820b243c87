///`OutboundMetadataResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OutboundMetadataResponse {
    pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
