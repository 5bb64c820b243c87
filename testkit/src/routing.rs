//! Which agent a new chat goes to, as the server's `QueueManager.requestRoom` and
//! `RoutingManager` decide it: with `Auto_Selection` (the default) the available agent with
//! the fewest chats so far gets it at once; with `Manual_Selection` it waits in the queue
//! until an agent takes it. With no agent online the request fails with `no-agent-online`,
//! unless `Livechat_accept_chats_with_no_agents` is on (then it queues).

use super::reply::{meteor, Reply};
use super::settings::{ACCEPT_WITH_NO_AGENTS, AUTO_SELECTION, MAX_CHATS_PER_AGENT, ROUTING_METHOD};
use super::state::{State, User};

/// An agent is online for routing when it is an agent and available (`statusLivechat`).
fn online(user: &User) -> bool {
    user.is_agent() && user.available
}

/// The agents online for `department` (every online agent when `None`).
fn online_agents<'a>(
    state: &'a State,
    department: Option<&'a str>,
) -> impl Iterator<Item = &'a User> + 'a {
    state
        .users
        .values()
        .filter(|user| online(user))
        .filter(move |user| {
            department.is_none_or(|id| {
                state
                    .departments
                    .get(id)
                    .is_some_and(|d| d.agents.iter().any(|(agent, _)| *agent == user.id))
            })
        })
}

/// Whether the routing method hands chats to agents itself (`Auto_Selection`, and the
/// Enterprise methods, which pick like it here) rather than leaving them in the queue.
pub(crate) fn routes_automatically(state: &State) -> bool {
    matches!(
        state.settings.text(ROUTING_METHOD).as_str(),
        AUTO_SELECTION | "Load_Balancing" | "Load_Rotation"
    )
}

/// Where a new room goes: to this agent at once, or to the queue (`None`).
pub(crate) fn route_new_room(
    state: &State,
    requested: Option<&User>,
    department: Option<&str>,
) -> Result<Option<User>, Reply> {
    let requested_online = requested.filter(|agent| online(agent));
    if !state.settings.flag(ACCEPT_WITH_NO_AGENTS) {
        let nobody = match (requested, department) {
            (Some(_), _) => requested_online.is_none(),
            (None, department) => online_agents(state, department).next().is_none(),
        };
        if nobody {
            return Err(meteor("no-agent-online", "Sorry, no online agents"));
        }
    }
    if !routes_automatically(state) {
        // Manual selection queues the chat; only a bot asked for by id skips the queue.
        return Ok(requested_online
            .filter(|agent| agent.roles.contains("bot"))
            .cloned());
    }
    if let Some(agent) = requested_online {
        return Ok(Some(agent.clone()));
    }
    Ok(next_agent(state, department).cloned())
}

/// The available agent with the fewest chats so far (the server's `livechatCount`; by
/// username on a tie), skipping those at `Livechat_maximum_chats_per_agent` open chats.
pub(crate) fn next_agent<'a>(state: &'a State, department: Option<&'a str>) -> Option<&'a User> {
    let max = state.settings.number(MAX_CHATS_PER_AGENT).unwrap_or(0);
    let served = |user: &User, open_only: bool| {
        state
            .rooms
            .values()
            .filter(|room| !open_only || room.open)
            .filter(|room| {
                room.served_by
                    .as_ref()
                    .is_some_and(|(id, _, _)| *id == user.id)
            })
            .count()
    };
    // The agent's own limit first (its `livechat.maxNumberSimultaneousChat`, set by
    // agents.saveInfo; getMaxNumberSimultaneousChat), then the server's.
    let limit = |user: &User| {
        user.livechat
            .as_ref()
            .and_then(|l| rocketchat_api::Lenient::<i64>::read(&l["maxNumberSimultaneousChat"]))
            .filter(|n| *n > 0)
            .unwrap_or(max)
    };
    online_agents(state, department)
        .filter(|user| {
            let max = limit(user);
            max <= 0 || served(user, true) < usize::try_from(max).unwrap_or(usize::MAX)
        })
        .min_by(|a, b| {
            served(a, false)
                .cmp(&served(b, false))
                .then_with(|| a.username.cmp(&b.username))
        })
}
