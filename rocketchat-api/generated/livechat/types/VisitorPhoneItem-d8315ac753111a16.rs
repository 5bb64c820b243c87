///`VisitorPhoneItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VisitorPhoneItem {
    #[serde(rename = "phoneNumber")]
    pub phone_number: ::std::string::String,
}
