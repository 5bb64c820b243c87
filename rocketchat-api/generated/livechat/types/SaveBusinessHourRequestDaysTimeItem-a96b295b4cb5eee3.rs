///`SaveBusinessHourRequestDaysTimeItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SaveBusinessHourRequestDaysTimeItem {
    pub day: ::std::string::String,
    pub finish: BusinessHourTime,
    pub open: bool,
    pub start: BusinessHourTime,
}
impl SaveBusinessHourRequestDaysTimeItem {
    pub fn builder() -> builder::SaveBusinessHourRequestDaysTimeItem {
        Default::default()
    }
}
