crate::open_enum! {
    #[doc = "Whether an agent takes new chats (ILivechatAgentStatus)."]
    LivechatAgentStatus { #[doc = "`available`"] Available = "available", #[doc =
    "`not-available`"] NotAvailable = "not-available" }
}
