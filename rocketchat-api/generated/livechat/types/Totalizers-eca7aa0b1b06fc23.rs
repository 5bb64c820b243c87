///`Totalizers`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Totalizers {
    pub totalizers: ::std::vec::Vec<TotalizersTotalizersItem>,
}
