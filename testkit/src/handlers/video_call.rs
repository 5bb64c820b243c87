//! The WebRTC video calls of a room (servers up to 7.x; removed in 8.0):
//! `apps/meteor/app/livechat/server/api/v1/videoCall.ts` and `livechat/visitor.callStatus`.
//! With the server's defaults (`WebRTC_Enabled` off) a call cannot start.

use serde_json::{json, Value};

use crate::access::{has_permission, user_with};
use crate::reply::{meteor, ok, plain, Reply};
use crate::request::{body_keys, query_keys, str_field, Handled, Request};
use crate::state::{State, User};

/// canSendMessageAsync: the room exists and the user may write in it (a member, or
/// `view-livechat-rooms`).
fn writable(state: &State, rid: &str, user: &User) -> Result<(), Reply> {
    let room = state
        .rooms
        .get(rid)
        .ok_or_else(|| meteor("error-invalid-room", "Invalid room"))?;
    if room.members.contains(&user.id) || has_permission(user, "view-livechat-rooms") {
        Ok(())
    } else {
        Err(meteor("error-not-allowed", "Not allowed"))
    }
}

/// Sets the room's call status; an `ended` or `declined` call's message records the end
/// (updateCallStatus).
fn set_call_status(state: &mut State, rid: &str, call_id: &str, status: &str) -> Result<(), Reply> {
    let now = crate::state::iso(state.now());
    let room = state.room_mut(rid)?;
    room.call_status = Some(status.to_owned());
    if status == "ended" || status == "declined" {
        if let Some(message) = room
            .messages
            .iter_mut()
            .find(|m| m["_id"] == json!(call_id))
        {
            message["msg"] = json!(status);
            message["actionLinks"] = json!([]);
            message["webRtcCallEndTs"] = json!(now);
        }
    }
    Ok(())
}

/// `GET livechat/webrtc.call?rid=` (`view-l-room`, may write in the room): with
/// `WebRTC_Enabled` and `Omnichannel_call_provider` `WebRTC`, a call not ringing starts
/// ringing with a `livechat_webrtc_video_call` message; otherwise `webRTC calling not
/// enabled`. Answers `{videoCall: {rid, provider, callStatus}}`.
pub(super) fn start_webrtc_call(state: &mut State, req: &Request) -> Handled {
    let user = user_with(state, req, &["view-l-room"])?;
    query_keys(req, &["rid"], &[])?;
    let rid = req.query("rid").unwrap_or_default().to_owned();
    writable(state, &rid, &user)?;
    let allowed = state.settings.flag("WebRTC_Enabled")
        && state.settings.text("Omnichannel_call_provider") == "WebRTC";
    if !allowed {
        return Err(plain("webRTC calling not enabled"));
    }
    let current = state.room(&rid)?.call_status.clone();
    let status = match current.as_deref() {
        None | Some("ended") | Some("declined") => {
            state.room_mut(&rid)?.call_status = Some("ringing".to_owned());
            let actions = json!([
                {"actionLinksAlignment": "flex-start", "i18nLabel": "Join_call", "label": "Join call", "method_id": "joinLivechatWebRTCCall"},
                {"i18nLabel": "End_call", "label": "End call", "method_id": "endLivechatWebRTCCall", "danger": true},
            ]);
            state.post(
                &rid,
                json!({"t": "livechat_webrtc_video_call", "msg": "Join my room to start the video call",
                       "u": {"_id": user.id, "username": user.username, "name": user.name}, "groupable": false, "actionLinks": actions}),
            )?;
            "ringing".to_owned()
        }
        Some(other) => other.to_owned(),
    };
    Ok(ok(
        json!({"videoCall": {"rid": rid, "provider": "webrtc", "callStatus": status}}),
    ))
}

/// `PUT livechat/webrtc.call/:callId` `{rid, status}` (`view-l-room`, may write in the room):
/// `callId` is the room's call message; answers `{status}`.
pub(super) fn update_webrtc_call(state: &mut State, req: &Request) -> Handled {
    let user = user_with(state, req, &["view-l-room"])?;
    let body = req.body()?;
    body_keys(body, &["rid", "status"], &[])?;
    let rid = str_field(body, "rid").unwrap_or_default().to_owned();
    let status = str_field(body, "status").unwrap_or_default().to_owned();
    writable(state, &rid, &user)?;
    let call_id = req.param("callId").to_owned();
    let is_call = state
        .room(&rid)?
        .messages
        .iter()
        .any(|m| m["_id"] == json!(call_id) && m["t"] == json!("livechat_webrtc_video_call"));
    if !is_call {
        return Err(plain("invalid-callId"));
    }
    set_call_status(state, &rid, &call_id, &status)?;
    Ok(ok(json!({ "status": status })))
}

/// `POST livechat/visitor.callStatus` `{token, callStatus, rid, callId}` (the visitor): the
/// call's status as the visitor's widget reports it; answers `{token, callStatus}`.
pub(super) fn set_visitor_call_status(state: &mut State, req: &Request) -> Handled {
    let body = req.body()?;
    for key in ["token", "callStatus", "rid", "callId"] {
        if !matches!(body.get(key), Some(Value::String(_))) {
            return Err(plain(&format!("Match error: Missing key '{key}'")));
        }
    }
    if let Some(unknown) = body
        .keys()
        .find(|k| !["token", "callStatus", "rid", "callId"].contains(&k.as_str()))
    {
        return Err(plain(&format!(
            "Match error: Unknown key in field {unknown}"
        )));
    }
    let token = str_field(body, "token").unwrap_or_default().to_owned();
    let status = str_field(body, "callStatus").unwrap_or_default().to_owned();
    if state.visitor_by_token(&token).is_none() {
        return Err(crate::reply::meteor_bare("invalid-token"));
    }
    let rid = str_field(body, "rid").unwrap_or_default().to_owned();
    let call_id = str_field(body, "callId").unwrap_or_default().to_owned();
    set_call_status(state, &rid, &call_id, &status)?;
    Ok(ok(json!({"token": token, "callStatus": status})))
}
