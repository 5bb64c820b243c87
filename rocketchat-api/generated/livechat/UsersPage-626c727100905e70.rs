impl crate::Page for types::UsersPage {
    type Item = types::LivechatUser;
    fn items(&self) -> &[Self::Item] {
        &self.users
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.users
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
