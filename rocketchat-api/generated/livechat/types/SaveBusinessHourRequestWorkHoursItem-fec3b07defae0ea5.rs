///`SaveBusinessHourRequestWorkHoursItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveBusinessHourRequestWorkHoursItem {
    pub day: ::std::string::String,
    pub finish: ::std::string::String,
    pub open: bool,
    pub start: ::std::string::String,
}
impl SaveBusinessHourRequestWorkHoursItem {
    pub fn builder() -> builder::SaveBusinessHourRequestWorkHoursItem {
        Default::default()
    }
}
