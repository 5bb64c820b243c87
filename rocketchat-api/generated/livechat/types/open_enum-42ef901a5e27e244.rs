crate::open_enum! {
    #[doc =
    "The `type` of a `stream-livechat-inquiry-queue-observer` event (`public`, `department/<id>` and `agent/<id>` keys): the inquiry entered the queue, changed, or left it.\n"]
    InquiryChangeType { #[doc = "`added`"] Added = "added", #[doc = "`changed`"] Changed
    = "changed", #[doc = "`removed`"] Removed = "removed" }
}
