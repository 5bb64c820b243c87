///`BusinessHourResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct BusinessHourResponse {
    #[serde(
        rename = "businessHour",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub business_hour: ::std::option::Option<BusinessHour>,
}
