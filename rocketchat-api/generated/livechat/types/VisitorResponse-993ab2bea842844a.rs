///`VisitorResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VisitorResponse {
    pub visitor: Visitor,
}
