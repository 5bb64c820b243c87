//! Operations whose success depends on something outside the server: an App that provides
//! outbound messages, an SMS provider's signed requests, the worker that renders PDF
//! transcripts. They answer as a server without those does: no providers, `Provider Not
//! Found`, `Invalid service` or `Invalid request`, and a PDF transcript requested but never
//! rendered.

use serde_json::json;

use crate::access::user_with;
use crate::reply::{done, ok, plain};
use crate::request::{query_keys, Handled, Request};
use crate::state::State;

/// The provider types outbound messaging knows (ValidOutboundProviderList).
const PROVIDER_TYPES: [&str; 2] = ["phone", "email"];

/// `GET omnichannel/outbound/providers?type=` (`outbound.send-messages`, Enterprise): the
/// providers the installed Apps register; none here. An unknown `type` is a plain `Invalid
/// type`.
pub(super) fn list_outbound_providers(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["outbound.send-messages"])?;
    query_keys(req, &[], &["type"])?;
    if req
        .query("type")
        .is_some_and(|t| !PROVIDER_TYPES.contains(&t))
    {
        return Err(plain("Invalid type"));
    }
    Ok(ok(json!({"providers": []})))
}

/// `GET omnichannel/outbound/providers/:id/metadata` and `POST .../:id/message`
/// (`outbound.send-messages`, Enterprise): no App provides one, so every id is the plain
/// `Provider Not Found`.
pub(super) fn outbound_provider(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["outbound.send-messages"])?;
    Err(plain("Provider Not Found"))
}

/// `POST livechat/sms-incoming/:service`: with `SMS_Enabled` off (the default), or another
/// service than `SMS_Service`, a plain `Invalid service`; once enabled, the provider's
/// request signature (Twilio's `X-Twilio-Signature`, ...) cannot be checked without the
/// provider's credentials, and the server answers `Invalid request` to a request it cannot
/// verify.
pub(super) fn receive_sms(state: &State, req: &Request) -> Handled {
    let service = req.param("service");
    let configured =
        state.settings.flag("SMS_Enabled") && state.settings.text("SMS_Service") == service;
    if !configured {
        return Err(plain("Invalid service"));
    }
    Err(plain("Invalid request"))
}

/// `POST omnichannel/:rid/request-transcript` (`request-pdf-transcript`, Enterprise): a closed
/// room the caller may see is marked `pdfTranscriptRequested`; the PDF itself, which the
/// server's worker renders and posts, never comes here.
pub(super) fn request_pdf_transcript(state: &mut State, req: &Request) -> Handled {
    let user = user_with(state, req, &["request-pdf-transcript"])?;
    let rid = req.param("rid").to_owned();
    let room = state
        .rooms
        .get(&rid)
        .ok_or_else(|| plain("error-invalid-room"))?;
    let sees = room.members.contains(&user.id)
        || crate::access::has_permission(&user, "view-livechat-rooms");
    if !sees {
        return Err(plain("error-not-allowed"));
    }
    if room.open {
        return Err(plain("room-still-open"));
    }
    state.room_mut(&rid)?.pdf_transcript_requested = true;
    Ok(done())
}
