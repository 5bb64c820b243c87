impl crate::Page for types::DepartmentsPage {
    type Item = types::Department;
    fn items(&self) -> &[Self::Item] {
        &self.departments
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.departments
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
