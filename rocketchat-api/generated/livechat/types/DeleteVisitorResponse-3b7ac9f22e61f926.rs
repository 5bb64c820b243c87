///`DeleteVisitorResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DeleteVisitorResponse {
    pub visitor: DeleteVisitorResponseVisitor,
}
