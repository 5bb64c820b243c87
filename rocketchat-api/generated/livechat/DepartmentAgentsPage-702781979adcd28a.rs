impl crate::Page for types::DepartmentAgentsPage {
    type Item = types::DepartmentAgent;
    fn items(&self) -> &[Self::Item] {
        &self.agents
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.agents
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
