///`RoomMetrics`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RoomMetrics {
    #[serde(
        rename = "chatDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chat_duration: ::std::option::Option<f64>,
    #[serde(
        rename = "serviceTimeDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_time_duration: ::std::option::Option<f64>,
}
