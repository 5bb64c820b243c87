//! `POST livechat/upload/:rid`: a visitor's file, sent as `multipart/form-data` (`file`, and
//! `description` and the message's `msg`, `alias`, ... as fields), becomes a file message in
//! its open room, under the server's file-upload settings.

use axum::http::StatusCode;
use serde_json::json;

use crate::reply::{forbidden_by_handler, plain, Reply};
use crate::request::{FormPart, Handled, Request};
use crate::state::State;

/// `API.v1.failure({reason})`: the reason at the top level, no `error`.
fn refused(reason: &str) -> Reply {
    (
        StatusCode::BAD_REQUEST,
        json!({"success": false, "reason": reason}),
    )
}

/// Whether the media type may be uploaded: not in the black list, and in the white list
/// when there is one (`image/*` covers every image type), as `fileUploadIsValidContentType`.
fn allowed(state: &State, media_type: &str) -> bool {
    let listed = |id: &str| -> Vec<String> {
        state
            .settings
            .text(id)
            .split(',')
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect()
    };
    let matches = |pattern: &String| match pattern.strip_suffix("/*") {
        Some(prefix) => media_type.split('/').next() == Some(prefix),
        None => pattern == media_type,
    };
    if listed("FileUpload_MediaTypeBlackList").iter().any(matches) {
        return false;
    }
    let white = listed("FileUpload_MediaTypeWhiteList");
    white.is_empty() || white.iter().any(matches)
}

pub(super) fn upload_file(state: &mut State, req: &Request) -> Handled {
    let token = req
        .headers
        .get("x-visitor-token")
        .and_then(|v| v.to_str().ok())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .ok_or_else(forbidden_by_handler)?;
    if !(state.settings.flag("Livechat_fileupload_enabled")
        && state.settings.flag("FileUpload_Enabled"))
    {
        return Err(refused("error-file-upload-disabled"));
    }
    let visitor = state
        .visitor_by_token(&token)
        .cloned()
        .ok_or_else(forbidden_by_handler)?;
    let rid = req.param("rid").to_owned();
    if !state
        .rooms
        .get(&rid)
        .is_some_and(|r| r.open && r.visitor_token == token)
    {
        return Err(forbidden_by_handler());
    }
    let parts: &[FormPart] = match &req.form {
        Some(Ok(parts)) => parts,
        Some(Err(reason)) => return Err(plain(reason)),
        None => &[],
    };
    let Some(file) = parts
        .iter()
        .find(|p| p.name == "file" && p.file_name.is_some())
    else {
        return Err(refused("error-no-file-uploaded"));
    };
    let max = state
        .settings
        .number("FileUpload_MaxFileSize")
        .unwrap_or(104857600);
    if max > -1 && file.data.len() as i64 > max {
        return Err(refused("error-file-too-large"));
    }
    let media_type = file
        .content_type
        .clone()
        .unwrap_or_else(|| "application/octet-stream".to_owned());
    if !allowed(state, &media_type) {
        return Err(refused("error-type-not-allowed"));
    }
    let field = |name: &str| {
        parts
            .iter()
            .find(|p| p.name == name && p.file_name.is_none())
            .map(|p| String::from_utf8_lossy(&p.data).into_owned())
    };
    let name = file.file_name.clone().unwrap_or_default();
    let id = state.id();
    let link = format!(
        "/file-upload/{id}/{}",
        percent_encoding::utf8_percent_encode(&name, percent_encoding::NON_ALPHANUMERIC)
    );
    // parseFileIntoMessageAttachments writes `format` from the image's identified format,
    // and an empty one for any other file.
    let format = media_type
        .strip_prefix("image/")
        .map(|subtype| subtype.split('+').next().unwrap_or(subtype))
        .unwrap_or_default();
    let described = json!({"_id": id, "name": name, "type": media_type, "size": file.data.len(), "format": format});
    let mut attachment = json!({
        "title": name,
        "type": "file",
        "title_link": link,
        "title_link_download": true,
    });
    if let Some(description) = field("description") {
        attachment["description"] = json!(description);
    }
    if media_type.starts_with("image/") {
        attachment["image_url"] = json!(link);
        attachment["image_type"] = json!(media_type);
        attachment["image_size"] = json!(file.data.len());
    }
    let mut message = json!({
        "msg": field("msg").unwrap_or_default(),
        "token": token,
        "u": {"_id": visitor.id, "username": visitor.username, "name": visitor.name},
        "file": described,
        "files": [described],
        "attachments": [attachment],
    });
    if let Some(alias) = field("alias") {
        message["alias"] = json!(alias);
    }
    let mut message = state.post(&rid, message)?;
    state.crm_message_saved(&rid, &message)?;
    message["newRoom"] = json!(false);
    message["showConnecting"] = json!(false);
    let message = crate::state::conform::<rocketchat_api::types::UploadResponse>(message)?;
    // `API.v1.success(message)`: the message's fields at the top level.
    Ok(crate::reply::ok(message))
}
