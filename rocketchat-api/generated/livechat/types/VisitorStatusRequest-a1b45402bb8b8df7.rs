///`VisitorStatusRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VisitorStatusRequest {
    pub status: ::rocketchat_api::types::UserStatus,
    pub token: crate::SecretString,
}
impl VisitorStatusRequest {
    pub fn builder() -> builder::VisitorStatusRequest {
        Default::default()
    }
}
