impl crate::Page for types::UnitsPage {
    type Item = types::Unit;
    fn items(&self) -> &[Self::Item] {
        &self.units
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.units
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
