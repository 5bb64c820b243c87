impl crate::Page for types::RoomsPage {
    type Item = types::Room;
    fn items(&self) -> &[Self::Item] {
        &self.rooms
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.rooms
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
