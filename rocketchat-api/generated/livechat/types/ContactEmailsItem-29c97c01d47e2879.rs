///`ContactEmailsItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactEmailsItem {
    pub address: ::std::string::String,
}
