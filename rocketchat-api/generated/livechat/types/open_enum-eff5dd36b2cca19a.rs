crate::open_enum! {
    #[doc = "Where a livechat room stands in routing (IOmnichannelRoom status)."]
    OmnichannelRoomStatus { #[doc = "`queued`"] Queued = "queued", #[doc = "`taken`"]
    Taken = "taken", #[doc = "`ready`"] Ready = "ready" }
}
