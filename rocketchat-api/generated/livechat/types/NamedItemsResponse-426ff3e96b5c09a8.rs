///`NamedItemsResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct NamedItemsResponse {
    pub items: ::std::vec::Vec<NamedItemsResponseItemsItem>,
}
