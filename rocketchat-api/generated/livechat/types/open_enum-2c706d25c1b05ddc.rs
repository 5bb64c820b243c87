crate::open_enum! {
    #[doc =
    "A room's type (RoomType): `c` channel, `d` direct, `p` private group, `l` livechat."]
    RoomType { #[doc = "`c`"] C = "c", #[doc = "`d`"] D = "d", #[doc = "`p`"] P = "p",
    #[doc = "`l`"] L = "l" }
}
