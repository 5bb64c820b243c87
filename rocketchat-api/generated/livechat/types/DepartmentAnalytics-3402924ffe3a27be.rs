///`DepartmentAnalytics`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct DepartmentAnalytics {
    #[serde(
        rename = "abandonedRooms",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub abandoned_rooms: ::std::option::Option<f64>,
    #[serde(
        rename = "averageChatDurationTimeInSeconds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub average_chat_duration_time_in_seconds: ::std::option::Option<f64>,
    #[serde(
        rename = "averageServiceTimeInSeconds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub average_service_time_in_seconds: ::std::option::Option<f64>,
    #[serde(
        rename = "averageWaitingTimeInSeconds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub average_waiting_time_in_seconds: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub chats: ::std::option::Option<f64>,
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "numberOfTransferredRooms",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number_of_transferred_rooms: ::std::option::Option<f64>,
    #[serde(
        rename = "percentageOfAbandonedChats",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub percentage_of_abandoned_chats: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rooms: ::std::option::Option<f64>,
    #[serde(
        rename = "serviceTimeDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_time_duration: ::std::option::Option<f64>,
}
