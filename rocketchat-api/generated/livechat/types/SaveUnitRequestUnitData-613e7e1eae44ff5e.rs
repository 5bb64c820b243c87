///`SaveUnitRequestUnitData`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveUnitRequestUnitData {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    pub name: ::std::string::String,
    pub visibility: ::std::string::String,
}
impl SaveUnitRequestUnitData {
    pub fn builder() -> builder::SaveUnitRequestUnitData {
        Default::default()
    }
}
