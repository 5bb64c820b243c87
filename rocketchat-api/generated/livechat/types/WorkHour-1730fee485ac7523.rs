///One day of business hours (IBusinessHourWorkHour).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WorkHour {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::serde_json::Value>,
    pub day: ::std::string::String,
    pub finish: WorkHourFinish,
    pub open: bool,
    pub start: WorkHourStart,
}
