///`SaveBusinessHourRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveBusinessHourRequest {
    pub active: bool,
    #[serde(rename = "daysOpen")]
    pub days_open: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "daysTime",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub days_time: ::std::vec::Vec<SaveBusinessHourRequestDaysTimeItem>,
    #[serde(rename = "departmentsToApplyBusinessHour")]
    pub departments_to_apply_business_hour: ::std::string::String,
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "timezoneName")]
    pub timezone_name: ::std::string::String,
    #[serde(rename = "type")]
    pub type_: ::rocketchat_api::types::BusinessHourType,
    #[serde(rename = "workHours")]
    pub work_hours: ::std::vec::Vec<SaveBusinessHourRequestWorkHoursItem>,
}
impl SaveBusinessHourRequest {
    pub fn builder() -> builder::SaveBusinessHourRequest {
        Default::default()
    }
}
