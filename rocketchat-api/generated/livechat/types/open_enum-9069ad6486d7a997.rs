crate::open_enum! {
    #[doc = "When a trigger fires (ILivechatTriggerType)."] TriggerConditionName { #[doc
    = "`time-on-site`"] TimeOnSite = "time-on-site", #[doc = "`page-url`"] PageUrl =
    "page-url", #[doc = "`chat-opened-by-visitor`"] ChatOpenedByVisitor =
    "chat-opened-by-visitor", #[doc = "`after-guest-registration`"]
    AfterGuestRegistration = "after-guest-registration" }
}
