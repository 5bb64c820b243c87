///`ChartData`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ChartData {
    #[serde(
        rename = "chartLabel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chart_label: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "dataLabels",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub data_labels: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "dataPoints",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub data_points: ::std::vec::Vec<f64>,
}
