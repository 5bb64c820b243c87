///`DeletedMessageResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DeletedMessageResponse {
    pub message: DeletedMessageResponseMessage,
}
