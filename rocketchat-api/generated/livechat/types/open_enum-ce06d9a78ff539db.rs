crate::open_enum! {
    #[doc = "A livechat role."] UserType { #[doc = "`agent`"] Agent = "agent", #[doc =
    "`manager`"] Manager = "manager" }
}
