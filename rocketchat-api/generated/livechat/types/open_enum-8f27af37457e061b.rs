crate::open_enum! {
    #[doc = "Where a chat was transferred to."] TransferScope { #[doc = "`agent`"] Agent
    = "agent", #[doc = "`department`"] Department = "department", #[doc = "`queue`"]
    Queue = "queue", #[doc = "`autoTransferUnansweredChatsToAgent`"]
    AutoTransferUnansweredChatsToAgent = "autoTransferUnansweredChatsToAgent", #[doc =
    "`autoTransferUnansweredChatsToQueue`"] AutoTransferUnansweredChatsToQueue =
    "autoTransferUnansweredChatsToQueue" }
}
