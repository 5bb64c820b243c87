impl crate::Page for types::BusinessHoursPage {
    type Item = types::BusinessHour;
    fn items(&self) -> &[Self::Item] {
        &self.business_hours
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.business_hours
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
