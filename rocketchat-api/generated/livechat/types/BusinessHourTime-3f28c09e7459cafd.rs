///`BusinessHourTime`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BusinessHourTime {
    ///`HH:mm`.
    pub time: ::std::string::String,
}
impl BusinessHourTime {
    pub fn builder() -> builder::BusinessHourTime {
        Default::default()
    }
}
