crate::open_enum! {
    #[doc = "Where a livechat room came from (OmnichannelSourceType)."]
    OmnichannelSourceType { #[doc = "`widget`"] Widget = "widget", #[doc = "`email`"]
    Email = "email", #[doc = "`sms`"] Sms = "sms", #[doc = "`app`"] App = "app", #[doc =
    "`api`"] Api = "api", #[doc = "`other`"] Other = "other" }
}
