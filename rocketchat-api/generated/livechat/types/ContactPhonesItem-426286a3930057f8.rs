///`ContactPhonesItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactPhonesItem {
    #[serde(rename = "phoneNumber")]
    pub phone_number: ::std::string::String,
}
