crate::open_enum! {
    #[doc = "A user's or visitor's presence (UserStatus)."] UserStatus { #[doc =
    "`online`"] Online = "online", #[doc = "`away`"] Away = "away", #[doc = "`offline`"]
    Offline = "offline", #[doc = "`busy`"] Busy = "busy", #[doc = "`disabled`"] Disabled
    = "disabled" }
}
