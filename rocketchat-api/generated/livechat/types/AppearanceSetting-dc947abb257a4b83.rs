///`AppearanceSetting`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AppearanceSetting {
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    pub value: ::serde_json::Value,
}
