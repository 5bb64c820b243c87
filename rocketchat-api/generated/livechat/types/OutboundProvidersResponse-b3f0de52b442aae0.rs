///`OutboundProvidersResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OutboundProvidersResponse {
    pub providers: ::std::vec::Vec<OutboundProvider>,
}
