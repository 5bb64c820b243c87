///`SurveyRequestDataItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SurveyRequestDataItem {
    pub name: ::std::string::String,
    pub value: ::std::string::String,
}
impl SurveyRequestDataItem {
    pub fn builder() -> builder::SurveyRequestDataItem {
        Default::default()
    }
}
