///`VisitorVisitorEmailsItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VisitorVisitorEmailsItem {
    pub address: ::std::string::String,
}
