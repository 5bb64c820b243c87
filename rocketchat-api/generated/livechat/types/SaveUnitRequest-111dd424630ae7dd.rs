///`SaveUnitRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveUnitRequest {
    #[serde(rename = "unitData")]
    pub unit_data: SaveUnitRequestUnitData,
    #[serde(rename = "unitDepartments")]
    pub unit_departments: ::std::vec::Vec<SaveUnitRequestUnitDepartmentsItem>,
    #[serde(rename = "unitMonitors")]
    pub unit_monitors: ::std::vec::Vec<SaveUnitRequestUnitMonitorsItem>,
}
impl SaveUnitRequest {
    pub fn builder() -> builder::SaveUnitRequest {
        Default::default()
    }
}
