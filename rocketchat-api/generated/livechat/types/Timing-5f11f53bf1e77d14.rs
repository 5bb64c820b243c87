///`Timing`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Timing {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub avg: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub longest: ::std::option::Option<f64>,
}
