///`ContactChannelsResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactChannelsResponse {
    pub channels: ::std::vec::Vec<ContactChannel>,
}
