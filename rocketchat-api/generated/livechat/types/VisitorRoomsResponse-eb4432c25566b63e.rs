///`VisitorRoomsResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VisitorRoomsResponse {
    pub rooms: ::std::vec::Vec<VisitorRoom>,
}
