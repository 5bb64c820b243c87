///A JSON array of `{_id, value}`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct AppearanceRequest(pub ::std::vec::Vec<AppearanceSetting>);
impl ::std::ops::Deref for AppearanceRequest {
    type Target = ::std::vec::Vec<AppearanceSetting>;
    fn deref(&self) -> &::std::vec::Vec<AppearanceSetting> {
        &self.0
    }
}
impl ::std::convert::From<::std::vec::Vec<AppearanceSetting>> for AppearanceRequest {
    fn from(value: ::std::vec::Vec<AppearanceSetting>) -> Self {
        Self(value)
    }
}
