crate::open_enum! {
    #[doc = "Who closed a livechat room."] RoomCloser { #[doc = "`user`"] User = "user",
    #[doc = "`visitor`"] Visitor = "visitor" }
}
