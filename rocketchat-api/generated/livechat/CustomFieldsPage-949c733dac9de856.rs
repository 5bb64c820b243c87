impl crate::Page for types::CustomFieldsPage {
    type Item = types::CustomField;
    fn items(&self) -> &[Self::Item] {
        &self.custom_fields
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.custom_fields
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
