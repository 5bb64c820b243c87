//! `POST livechat/triggers/:_id/external-service/call` `{token, extraData?}`: the server posts
//! to the trigger's external service and answers its messages; `POST
//! livechat/triggers/external-service/test` `{webhookUrl, timeout, fallbackMessage,
//! extraData?}` tries a service before a trigger uses it. Both wait for the service, so they
//! run outside the state's lock, as `livechat/webhook.test` does.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use rocketchat_api::types;
use serde_json::{json, Value};

use super::reply::{ok, plain, Reply};
use super::request::{body_keys, Request};
use super::state::{conform, State};

/// What the call needs, read under the lock: the service's URL, timeout and fallback message,
/// the secret token, and the body to post.
struct Call {
    trigger_id: String,
    url: String,
    timeout: Duration,
    fallback: String,
    secret: String,
    body: Value,
}

/// The server's checks, in its order; each failure is the server's 400.
fn prepare(state: &State, request: &Request) -> Result<Call, Reply> {
    let body = request.body()?;
    body_keys(body, &["token"], &["extraData"])?;
    let trigger_id = request.param("_id").to_owned();
    let trigger = state
        .triggers
        .get(&trigger_id)
        .ok_or_else(|| plain("Invalid trigger"))?;
    let action = &trigger["actions"][0];
    if action["name"] != "use-external-service" {
        return Err(plain(
            "Trigger is not configured to use an external service",
        ));
    }
    let params = &action["params"];
    let url = params["serviceUrl"].as_str().unwrap_or_default().to_owned();
    if url.is_empty() {
        return Err(plain("Invalid service URL"));
    }
    let secret = state.settings.text("Livechat_secret_token");
    if secret.is_empty() {
        return Err(plain("Livechat secret token is not configured"));
    }
    let timeout = params["serviceTimeout"]
        .as_u64()
        .or_else(|| params["serviceTimeout"].as_str()?.parse().ok())
        .unwrap_or(5000);
    Ok(Call {
        trigger_id,
        url,
        timeout: Duration::from_millis(timeout.max(1)),
        fallback: params["serviceFallbackMessage"]
            .as_str()
            .unwrap_or("trigger-default-fallback-message")
            .to_owned(),
        secret,
        body: json!({
            "metadata": body.get("extraData").cloned().unwrap_or(Value::Null),
            "visitorToken": body.get("token").cloned().unwrap_or(Value::Null),
        }),
    })
}

/// The test call's checks (`view-livechat-manager`, the body's keys, the secret token); its
/// trigger id is `test-trigger` and the visitor token the server's fixed `1234567890`.
fn prepare_test(state: &State, request: &Request) -> Result<Call, Reply> {
    super::access::user_with(state, request, &["view-livechat-manager"])?;
    let body = request.body()?;
    body_keys(
        body,
        &["webhookUrl", "timeout", "fallbackMessage"],
        &["extraData"],
    )?;
    let secret = state.settings.text("Livechat_secret_token");
    if secret.is_empty() {
        return Err(plain("Livechat secret token is not configured"));
    }
    let timeout = body["timeout"].as_u64().unwrap_or(5000);
    Ok(Call {
        trigger_id: "test-trigger".to_owned(),
        url: body["webhookUrl"].as_str().unwrap_or_default().to_owned(),
        timeout: Duration::from_millis(timeout.max(1)),
        fallback: body["fallbackMessage"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        secret,
        body: json!({
            "metadata": body.get("extraData").cloned().unwrap_or(Value::Null),
            "visitorToken": "1234567890",
        }),
    })
}

/// The service's messages, when it answered 200 with a non-empty `contents` of `{msg, order}`;
/// else the server's error code and the reason.
async fn post(call: &Call) -> Result<(u16, Value), (&'static str, String)> {
    rocketchat_api::tls::prepare();
    let invalid = |reason: String| ("error-invalid-external-service-response", reason);
    let answer = reqwest::Client::new()
        .post(&call.url)
        .header("accept", "application/json")
        .header(rocketchat_livechat::webhook::TOKEN_HEADER, &call.secret)
        .json(&call.body)
        .timeout(call.timeout)
        .send()
        .await
        .map_err(|e| {
            if e.is_timeout() {
                ("error-timeout", "The user aborted a request.".to_owned())
            } else {
                invalid(e.to_string())
            }
        })?;
    let status = answer.status().as_u16();
    let text = answer.text().await.map_err(|e| invalid(e.to_string()))?;
    if status != 200 {
        return Err(invalid(text));
    }
    let contents = serde_json::from_str::<Value>(&text)
        .ok()
        .and_then(|v| v.get("contents").cloned())
        .filter(|c| {
            c.as_array().is_some_and(|items| {
                !items.is_empty()
                    && items
                        .iter()
                        .all(|i| i["msg"].is_string() && i["order"].is_number())
            })
        })
        .ok_or_else(|| {
            invalid("External service response does not match expected format".into())
        })?;
    Ok((status, contents))
}

/// Answers the call: the server's checks under the lock, then the service's answer or the
/// server's failure body (`error`, the reason as `response`, `fallbackMessage`).
pub(crate) async fn call(state: &Arc<Mutex<State>>, request: &Request) -> Reply {
    answer(state, request, prepare).await
}

/// Answers the test call, as [`call`] answers a trigger's.
pub(crate) async fn test(state: &Arc<Mutex<State>>, request: &Request) -> Reply {
    answer(state, request, prepare_test).await
}

async fn answer(
    state: &Arc<Mutex<State>>,
    request: &Request,
    prepare: fn(&State, &Request) -> Result<Call, Reply>,
) -> Reply {
    let call = {
        let guard = state.lock().unwrap_or_else(|p| p.into_inner());
        match prepare(&guard, request) {
            Ok(call) => call,
            Err(refused) => return refused,
        }
    };
    match post(&call).await {
        Ok((status, contents)) => {
            let result = json!({
                "triggerId": call.trigger_id,
                "response": {"statusCode": status, "contents": contents},
            });
            conform::<types::ExternalServiceResult>(result)
                .map(ok)
                .unwrap_or_else(|failure| failure)
        }
        Err((error, reason)) => {
            let body = json!({
                "triggerId": call.trigger_id,
                "error": error,
                "response": reason,
                "fallbackMessage": call.fallback,
                "success": false,
            });
            conform::<types::ApiError>(body)
                .map(|body| (axum::http::StatusCode::BAD_REQUEST, body))
                .unwrap_or_else(|failure| failure)
        }
    }
}
