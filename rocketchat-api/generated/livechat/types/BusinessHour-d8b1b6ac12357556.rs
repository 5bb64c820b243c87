///Business hours (ILivechatBusinessHour).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BusinessHour {
    pub active: bool,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub departments: ::std::vec::Vec<BusinessHourDepartmentsItem>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<BusinessHourTimezone>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ts: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(rename = "type")]
    pub type_: ::rocketchat_api::types::BusinessHourType,
    #[serde(
        rename = "_updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(
        rename = "workHours",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub work_hours: ::std::vec::Vec<WorkHour>,
}
