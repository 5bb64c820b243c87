impl crate::Page for types::ContactsPage {
    type Item = types::Contact;
    fn items(&self) -> &[Self::Item] {
        &self.contacts
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.contacts
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
