///`DepartmentTransferRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DepartmentTransferRequest {
    pub department: ::std::string::String,
    pub rid: ::std::string::String,
    pub token: crate::SecretString,
}
impl DepartmentTransferRequest {
    pub fn builder() -> builder::DepartmentTransferRequest {
        Default::default()
    }
}
