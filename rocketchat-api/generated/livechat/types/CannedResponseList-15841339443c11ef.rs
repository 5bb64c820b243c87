///`CannedResponseList`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CannedResponseList {
    pub responses: ::std::vec::Vec<CannedResponse>,
}
