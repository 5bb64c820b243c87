///`RegisterVisitorRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RegisterVisitorRequest {
    pub visitor: VisitorInput,
}
impl RegisterVisitorRequest {
    pub fn builder() -> builder::RegisterVisitorRequest {
        Default::default()
    }
}
