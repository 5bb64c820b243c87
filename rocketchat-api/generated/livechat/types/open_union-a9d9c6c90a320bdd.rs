crate::open_union! {
    #[doc =
    "A webhook body, by its `type`: the model that type names, or the body as it came for a type this version does not know.\n"]
    WebhookEvent by "type" { #[doc =
    "`type: LeadCapture`. `Livechat_webhook_on_capture`: a visitor message matched the lead email or phone pattern; what matched is saved on the visitor. `messages` is empty.\n"]
    LeadCapture(LeadCapture) = "LeadCapture", #[doc =
    "`type: LivechatEdit`. The room's information was saved after it closed (no toggle: sent whenever a URL is set); carries every visible message, and no department or close fields.\n"]
    RoomEdited(LivechatEdit) = "LivechatEdit", #[doc =
    "`type: LivechatOfflineMessage`. `Livechat_webhook_on_offline_msg`: a visitor left a message while no agent was online. A shape of its own: no room, no messages list.\n"]
    OfflineMessage(LivechatOfflineMessage) = "LivechatOfflineMessage", #[doc =
    "`type: LivechatSession`. `Livechat_webhook_on_close`: the room was closed; `messages` holds every visible message, oldest first (the `webhook.test` sample has this type too).\n"]
    SessionClosed(LivechatSession) = "LivechatSession", #[doc =
    "`type: LivechatSessionForwarded`. `Livechat_webhook_on_forward`: the room was forwarded, to an agent (`oldServedBy` is the previous one) or to a department (`oldDepartmentId` is the previous one); never both.\n"]
    SessionForwarded(LivechatSessionForwarded) = "LivechatSessionForwarded", #[doc =
    "`type: LivechatSessionQueued`. `Livechat_webhook_on_chat_queued`: the room entered the queue."]
    SessionQueued(LivechatSessionQueued) = "LivechatSessionQueued", #[doc =
    "`type: LivechatSessionStart`. `Livechat_webhook_on_start`: a room was created."]
    SessionStart(LivechatSessionStart) = "LivechatSessionStart", #[doc =
    "`type: LivechatSessionTaken`. `Livechat_webhook_on_chat_taken`: an agent took the room."]
    SessionTaken(LivechatSessionTaken) = "LivechatSessionTaken", #[doc =
    "`type: Message`. Type `Message` (`Livechat_webhook_on_visitor_message`, `..._on_agent_message`): one message was sent in the room, the only entry of `messages`. System messages are not sent, except the closing message (and navigation, when configured).\n"]
    Message(WebhookMessageEvent) = "Message" }
}
