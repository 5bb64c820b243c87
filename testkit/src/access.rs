//! Who is calling and what they may do: the login headers and the permissions of each role.

use super::records::User;
use super::reply::{self, Reply};
use super::request::Request;

const AGENT_PERMISSIONS: &[&str] = &[
    "view-l-room",
    "view-livechat-contact",
    "create-livechat-contact",
    "update-livechat-contact",
    "view-livechat-contact-history",
    "transfer-livechat-guest",
    "close-livechat-room",
    "on-hold-livechat-room",
    "view-canned-responses",
    "save-canned-responses",
    "remove-canned-responses",
    "send-omnichannel-chat-transcript",
    "edit-livechat-room-customfields",
    "outbound.send-messages",
    "request-pdf-transcript",
];
const MANAGER_PERMISSIONS: &[&str] = &[
    "view-l-room",
    "transfer-livechat-guest",
    "close-livechat-room",
    "close-others-livechat-room",
    "view-livechat-manager",
    "view-livechat-rooms",
    "manage-livechat-departments",
    "manage-livechat-agents",
    "manage-livechat-managers",
    "view-livechat-webhooks",
    "manage-livechat-tags",
    "manage-livechat-priorities",
    "manage-livechat-sla",
    "on-hold-livechat-room",
    "on-hold-others-livechat-room",
    "view-canned-responses",
    "save-canned-responses",
    "save-all-canned-responses",
    "view-livechat-business-hours",
    "manage-livechat-monitors",
    "manage-livechat-units",
    "send-omnichannel-chat-transcript",
    "remove-canned-responses",
    "view-livechat-contact",
    "create-livechat-contact",
    "update-livechat-contact",
    "view-livechat-contact-history",
    "delete-livechat-contact",
    "edit-livechat-room-customfields",
    "save-others-livechat-room-info",
    "remove-closed-livechat-room",
    "remove-closed-livechat-rooms",
    "view-livechat-departments",
    "add-livechat-department-agents",
    "remove-livechat-department",
    "block-livechat-contact",
    "unblock-livechat-contact",
    "view-livechat-reports",
    "outbound.send-messages",
    "request-pdf-transcript",
];

pub(crate) fn has_permission(user: &User, permission: &str) -> bool {
    user.roles.contains("admin")
        || (user.roles.contains("livechat-manager") && MANAGER_PERMISSIONS.contains(&permission))
        || (user.roles.contains("livechat-agent") && AGENT_PERMISSIONS.contains(&permission))
}

/// What the access rules read of the server: who owns a login token, and the users. The state
/// answers it; the rules see nothing else of it.
pub(crate) trait Logins {
    /// The user id a login or personal access token belongs to.
    fn token_owner(&self, token: &str) -> Option<&str>;
    /// A user by id.
    fn user(&self, id: &str) -> Option<&User>;
}

pub(crate) fn authenticate(logins: &impl Logins, req: &Request) -> Result<User, Reply> {
    let header = |name: &str| req.headers.get(name).and_then(|v| v.to_str().ok());
    let (Some(user_id), Some(token)) = (header("x-user-id"), header("x-auth-token")) else {
        return Err(reply::unauthorized());
    };
    match logins.token_owner(token) {
        Some(owner) if owner == user_id => logins
            .user(user_id)
            .cloned()
            .ok_or_else(reply::unauthorized),
        _ => Err(reply::unauthorized()),
    }
}

/// Authentication, then every permission of `all`.
pub(crate) fn user_with(logins: &impl Logins, req: &Request, all: &[&str]) -> Result<User, Reply> {
    let user = authenticate(logins, req)?;
    if all.iter().all(|p| has_permission(&user, p)) {
        Ok(user)
    } else {
        Err(reply::forbidden())
    }
}
