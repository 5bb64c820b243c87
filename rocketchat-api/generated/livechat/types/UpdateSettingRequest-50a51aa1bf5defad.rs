///`UpdateSettingRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UpdateSettingRequest {
    ///The new value, of the setting's own type.
    pub value: ::serde_json::Value,
}
impl UpdateSettingRequest {
    pub fn builder() -> builder::UpdateSettingRequest {
        Default::default()
    }
}
