crate::open_union! {
    #[doc =
    "A `stream-livechat-room` event (first argument), by its `type`; the body as it came for a type this version does not know.\n"]
    LivechatRoomEvent by "type" { #[doc =
    "`type: agentData`. `stream-livechat-room` event `agentData`: the room was assigned (or forwarded) to an agent. `data` is the agent as the visitor may see it, `{hiddenInfo: true}` when the server hides agents, or absent when the room was returned to the queue.\n"]
    AgentData(RoomAgentDataEvent) = "agentData", #[doc =
    "`type: agentStatus`. `stream-livechat-room` event `agentStatus`: the serving agent's presence changed (`online`, `away`, `busy` or `offline`).\n"]
    AgentStatus(RoomAgentStatusEvent) = "agentStatus", #[doc =
    "`type: queueData`. `stream-livechat-room` event `queueData`: the room's place in the queue."]
    QueueData(RoomQueueDataEvent) = "queueData", #[doc =
    "`type: visitorData`. `stream-livechat-room` event `visitorData`: the visitor's record changed."]
    VisitorData(RoomVisitorDataEvent) = "visitorData" }
}
