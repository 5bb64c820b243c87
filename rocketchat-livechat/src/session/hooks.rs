//! What the crate plugs into the generated client: the user's headers on the operations
//! whose spec `security` asks for them, retries, renewal of an expired login (one login for
//! any number of calls that hit the expiry together), and tracing.

use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use reqwest::header::{HeaderName, HeaderValue};
use rocketchat_api::{rate_limit, Error, Operation};
use tracing::Instrument;

use super::auth::{Credentials, Session, UserAuth};
use super::retry::RetryPolicy;
use super::server_version::ServerVersionState;

/// The [`rocketchat_api::Hooks`] of a [`crate::Client`].
#[derive(Debug)]
pub(crate) struct SessionHooks {
    pub session: Arc<Session>,
    pub base_url: String,
    pub retry: RetryPolicy,
    /// Whether POSTs may be retried after connection errors and 502/503/504.
    pub retry_posts: bool,
    /// Bound of each request, set on the request so that it holds on any `reqwest::Client`.
    pub timeout: Duration,
    /// A `User-Agent` to set on each request (asked for on a client of the user's own).
    pub user_agent: Option<HeaderValue>,
    /// The server's version, and whether calls outside its range are refused.
    pub server_version: Arc<ServerVersionState>,
}

/// What to do after an attempt.
enum Next {
    Done,
    Wait(Duration, &'static str),
    Renew,
}

impl SessionHooks {
    fn sign(
        &self,
        request: &mut reqwest::Request,
        operation: &'static Operation,
    ) -> Result<(), String> {
        if operation.auth_headers.is_empty() {
            return Ok(());
        }
        // Without a login the call goes out bare and the server answers 401, which maps to
        // `Error::Unauthorized` like an expired login does.
        let Some(auth) = self.session.auth() else {
            return Ok(());
        };
        for name in operation.auth_headers {
            let value = match name.to_ascii_lowercase().as_str() {
                "x-auth-token" => auth.auth_token.expose_secret().to_owned(),
                "x-user-id" => auth.user_id.clone(),
                other => return Err(format!("no credential for the auth header `{other}`")),
            };
            let mut value = HeaderValue::from_str(&value)
                .map_err(|_| format!("the credential for `{name}` is not a valid header value"))?;
            value.set_sensitive(true);
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|e| e.to_string())?;
            request.headers_mut().insert(name, value);
        }
        Ok(())
    }

    /// Logs in again with the remembered password; `true` when a login newer than the one
    /// that failed (`failed`, the token the request carried) is in place. Renewals are one at
    /// a time: a call that waited finds the login another call made and uses it. Goes through
    /// the generated `login` on a client without these hooks (same connections), so a failed
    /// renewal cannot recurse.
    async fn renew(&self, client: &reqwest::Client, failed: Option<&str>) -> bool {
        let _one_at_a_time = self.session.renewing().lock().await;
        if let Some(auth) = self.session.auth() {
            if Some(auth.auth_token.expose_secret()) != failed {
                return true;
            }
        }
        let Some(Credentials::Password { user, password }) = self.session.password() else {
            return false;
        };
        let api = rocketchat_api::Client::new_with_client(
            &self.base_url,
            client.clone(),
            Arc::new(rocketchat_api::NoHooks),
        );
        let body = rocketchat_api::types::LoginRequest {
            user: Some(user.clone()),
            password: Some(password),
            ..Default::default()
        };
        let Ok(answer) = api.login().body(body).await else {
            return false;
        };
        self.session.set_auth(Some(UserAuth {
            user_id: answer.data.user_id,
            auth_token: answer.data.auth_token,
        }));
        tracing::info!(user = %user, "login renewed after a 401");
        true
    }

    fn next(
        &self,
        result: &reqwest::Result<reqwest::Response>,
        operation: &'static Operation,
        retries_left: bool,
        renewed: bool,
    ) -> Next {
        let retry_errors = self.retry_posts || operation.is_idempotent();
        match result {
            Ok(response) => match response.status().as_u16() {
                401 if operation.needs_user() && !renewed => Next::Renew,
                429 if retries_left => {
                    let wait =
                        rate_limit::wait(response.headers()).unwrap_or(self.retry.initial_backoff);
                    Next::Wait(wait, "rate limited")
                }
                502..=504 if retries_left && retry_errors => {
                    Next::Wait(Duration::ZERO, "server unavailable")
                }
                _ => Next::Done,
            },
            Err(error)
                if retries_left
                    && retry_errors
                    && !error.is_timeout()
                    && (error.is_connect() || error.is_request()) =>
            {
                Next::Wait(Duration::ZERO, "connection failed")
            }
            Err(_) => Next::Done,
        }
    }
}

impl rocketchat_api::Hooks for SessionHooks {
    fn prepare(
        &self,
        request: &mut reqwest::Request,
        operation: &'static Operation,
    ) -> Result<(), String> {
        *request.timeout_mut() = Some(self.timeout);
        if let Some(agent) = &self.user_agent {
            request
                .headers_mut()
                .insert(reqwest::header::USER_AGENT, agent.clone());
        }
        self.sign(request, operation)
    }

    fn admit<'a>(
        &'a self,
        client: &'a reqwest::Client,
        operation: &'static Operation,
    ) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(self.server_version.admit(client, operation))
    }

    fn review(&self, error: Error, operation: &'static Operation) -> Error {
        match error {
            Error::Unauthorized {
                operation: id,
                error_type,
                message,
            } if operation.needs_user() && self.session.needs_code() => Error::Unauthorized {
                operation: id,
                error_type,
                message: format!(
                    "{message} (the login used a two-factor code, so the client cannot renew it: log in again with a new code)"
                ),
            },
            other => other,
        }
    }

    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation: &'static Operation,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        // Fields only: no URL (a visitor token may be in it), no header, no body.
        let span = tracing::debug_span!(
            "rocketchat",
            operation = operation.id,
            method = operation.method,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
        );
        Box::pin(
            async move {
                let mut request = request;
                let mut attempt = 1u32;
                let mut waited = Duration::ZERO;
                let mut renewed = false;
                // A copy is kept only when a second attempt can happen: a retry, or the renewal
                // of an expired login.
                let can_repeat = self.retry.max_attempts > 1
                    || (operation.needs_user() && self.session.password().is_some());
                loop {
                    let again = if can_repeat {
                        request.try_clone()
                    } else {
                        None
                    };
                    let signed_with = request
                        .headers()
                        .get("x-auth-token")
                        .and_then(|v| v.to_str().ok())
                        .map(str::to_owned);
                    tracing::Span::current().record("attempt", attempt);
                    let result = client.execute(request).await;
                    match &result {
                        Ok(response) => {
                            let status = response.status().as_u16();
                            tracing::Span::current().record("status", status);
                            tracing::debug!(status, "answered");
                        }
                        Err(error) => tracing::debug!(%error, "request failed"),
                    }
                    let retries_left = attempt < self.retry.max_attempts;
                    let Some(mut next_request) = again else {
                        return result;
                    };
                    match self.next(&result, operation, retries_left, renewed) {
                        Next::Done => return result,
                        Next::Renew => {
                            renewed = true;
                            if !self.renew(client, signed_with.as_deref()).await
                                || self.sign(&mut next_request, operation).is_err()
                            {
                                return result;
                            }
                        }
                        Next::Wait(asked, reason) => {
                            let wait = if asked.is_zero() {
                                self.retry.backoff(attempt)
                            } else {
                                asked
                            };
                            if waited + wait > self.retry.budget {
                                tracing::warn!(
                                    reason,
                                    attempt,
                                    wait_ms = wait.as_millis() as u64,
                                    "retry budget spent"
                                );
                                return result;
                            }
                            tracing::warn!(
                                reason,
                                attempt,
                                wait_ms = wait.as_millis() as u64,
                                "retrying"
                            );
                            tokio::time::sleep(wait).await;
                            waited += wait;
                            attempt += 1;
                        }
                    }
                    request = next_request;
                }
            }
            .instrument(span),
        )
    }
}
