crate::open_enum! {
    #[doc = "An inquiry's state in the queue (LivechatInquiryStatus)."] InquiryStatus {
    #[doc = "`verifying`"] Verifying = "verifying", #[doc = "`queued`"] Queued =
    "queued", #[doc = "`taken`"] Taken = "taken", #[doc = "`ready`"] Ready = "ready",
    #[doc = "`open`"] Open = "open" }
}
