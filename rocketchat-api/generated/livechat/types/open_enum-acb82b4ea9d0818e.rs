crate::open_enum! {
    #[doc =
    "A system message's type (`t`, MessageTypesValues); plain messages have none. Livechat rooms see `uj` (an agent joined), `livechat-started`, `livechat-close`, `livechat_transfer_history`, `livechat_navigation_history`, `command`, the on-hold and priority/SLA change messages.\n"]
    MessageType { #[doc = "`e2e`"] E2E = "e2e", #[doc = "`uj`"] Uj = "uj", #[doc =
    "`ui`"] Ui = "ui", #[doc = "`uir`"] Uir = "uir", #[doc = "`ul`"] Ul = "ul", #[doc =
    "`ru`"] Ru = "ru", #[doc = "`au`"] Au = "au", #[doc = "`mute_unmute`"] MuteUnmute =
    "mute_unmute", #[doc = "`r`"] R = "r", #[doc = "`ut`"] Ut = "ut", #[doc = "`wm`"] Wm
    = "wm", #[doc = "`rm`"] Rm = "rm", #[doc = "`subscription-role-added`"]
    SubscriptionRoleAdded = "subscription-role-added", #[doc =
    "`subscription-role-removed`"] SubscriptionRoleRemoved = "subscription-role-removed",
    #[doc = "`room-archived`"] RoomArchived = "room-archived", #[doc =
    "`room-unarchived`"] RoomUnarchived = "room-unarchived", #[doc =
    "`room_changed_privacy`"] RoomChangedPrivacy = "room_changed_privacy", #[doc =
    "`room_changed_description`"] RoomChangedDescription = "room_changed_description",
    #[doc = "`room_changed_announcement`"] RoomChangedAnnouncement =
    "room_changed_announcement", #[doc = "`room_changed_avatar`"] RoomChangedAvatar =
    "room_changed_avatar", #[doc = "`room_changed_topic`"] RoomChangedTopic =
    "room_changed_topic", #[doc = "`room_e2e_enabled`"] RoomE2EEnabled =
    "room_e2e_enabled", #[doc = "`room_e2e_disabled`"] RoomE2EDisabled =
    "room_e2e_disabled", #[doc = "`user-muted`"] UserMuted = "user-muted", #[doc =
    "`user-unmuted`"] UserUnmuted = "user-unmuted", #[doc = "`user-banned`"] UserBanned =
    "user-banned", #[doc = "`user-unbanned`"] UserUnbanned = "user-unbanned", #[doc =
    "`room-removed-read-only`"] RoomRemovedReadOnly = "room-removed-read-only", #[doc =
    "`room-set-read-only`"] RoomSetReadOnly = "room-set-read-only", #[doc =
    "`room-allowed-reacting`"] RoomAllowedReacting = "room-allowed-reacting", #[doc =
    "`room-disallowed-reacting`"] RoomDisallowedReacting = "room-disallowed-reacting",
    #[doc = "`command`"] Command = "command", #[doc = "`videoconf`"] Videoconf =
    "videoconf", #[doc = "`message_pinned`"] MessagePinned = "message_pinned", #[doc =
    "`message_pinned_e2e`"] MessagePinnedE2E = "message_pinned_e2e", #[doc =
    "`new-moderator`"] NewModerator = "new-moderator", #[doc = "`moderator-removed`"]
    ModeratorRemoved = "moderator-removed", #[doc = "`new-owner`"] NewOwner =
    "new-owner", #[doc = "`owner-removed`"] OwnerRemoved = "owner-removed", #[doc =
    "`new-leader`"] NewLeader = "new-leader", #[doc = "`leader-removed`"] LeaderRemoved =
    "leader-removed", #[doc = "`discussion-created`"] DiscussionCreated =
    "discussion-created", #[doc = "`abac-removed-user-from-room`"]
    AbacRemovedUserFromRoom = "abac-removed-user-from-room", #[doc =
    "`removed-user-from-team`"] RemovedUserFromTeam = "removed-user-from-team", #[doc =
    "`added-user-to-team`"] AddedUserToTeam = "added-user-to-team", #[doc = "`ult`"] Ult
    = "ult", #[doc = "`user-converted-to-team`"] UserConvertedToTeam =
    "user-converted-to-team", #[doc = "`user-converted-to-channel`"]
    UserConvertedToChannel = "user-converted-to-channel", #[doc =
    "`user-removed-room-from-team`"] UserRemovedRoomFromTeam =
    "user-removed-room-from-team", #[doc = "`user-deleted-room-from-team`"]
    UserDeletedRoomFromTeam = "user-deleted-room-from-team", #[doc =
    "`user-added-room-to-team`"] UserAddedRoomToTeam = "user-added-room-to-team", #[doc =
    "`ujt`"] Ujt = "ujt", #[doc = "`livechat_navigation_history`"]
    LivechatNavigationHistory = "livechat_navigation_history", #[doc =
    "`livechat_transfer_history`"] LivechatTransferHistory = "livechat_transfer_history",
    #[doc = "`livechat_transcript_history`"] LivechatTranscriptHistory =
    "livechat_transcript_history", #[doc = "`livechat_video_call`"] LivechatVideoCall =
    "livechat_video_call", #[doc = "`livechat_transfer_history_fallback`"]
    LivechatTransferHistoryFallback = "livechat_transfer_history_fallback", #[doc =
    "`livechat-close`"] LivechatClose = "livechat-close", #[doc = "`livechat-started`"]
    LivechatStarted = "livechat-started", #[doc =
    "`omnichannel_priority_change_history`"] OmnichannelPriorityChangeHistory =
    "omnichannel_priority_change_history", #[doc = "`omnichannel_sla_change_history`"]
    OmnichannelSlaChangeHistory = "omnichannel_sla_change_history", #[doc =
    "`omnichannel_placed_chat_on_hold`"] OmnichannelPlacedChatOnHold =
    "omnichannel_placed_chat_on_hold", #[doc = "`omnichannel_on_hold_chat_resumed`"]
    OmnichannelOnHoldChatResumed = "omnichannel_on_hold_chat_resumed" }
}
