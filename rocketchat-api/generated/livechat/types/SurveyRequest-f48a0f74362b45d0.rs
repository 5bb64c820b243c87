///`SurveyRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SurveyRequest {
    pub data: ::std::vec::Vec<SurveyRequestDataItem>,
    pub rid: ::std::string::String,
    pub token: crate::SecretString,
}
impl SurveyRequest {
    pub fn builder() -> builder::SurveyRequest {
        Default::default()
    }
}
