impl ::std::convert::From<DeletedCount> for i64 {
    fn from(value: DeletedCount) -> Self {
        value.0
    }
}
