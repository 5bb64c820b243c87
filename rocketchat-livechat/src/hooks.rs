//! What the crate plugs into the generated client: the user's headers on the operations
//! whose spec `security` asks for them, and a note of each answer's status for error mapping.

use std::cell::RefCell;
use std::sync::Arc;

use futures::future::BoxFuture;
use reqwest::header::{HeaderName, HeaderValue};
use rocketchat_api::Operation;

use crate::auth::Session;
use crate::error::Seen;

tokio::task_local! {
    /// Set around each call by [`crate::Client::run`]: the transport writes what it saw.
    pub(crate) static SEEN: RefCell<Seen>;
}

/// The [`rocketchat_api::Hooks`] of a [`crate::Client`].
#[derive(Debug)]
pub(crate) struct SessionHooks {
    pub session: Arc<Session>,
}

impl rocketchat_api::Hooks for SessionHooks {
    fn prepare(
        &self,
        request: &mut reqwest::Request,
        operation: &'static Operation,
    ) -> Result<(), String> {
        let _ = SEEN.try_with(|seen| seen.borrow_mut().operation = Some(operation.id));
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

    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation: &'static Operation,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        Box::pin(async move {
            let result = client.execute(request).await;
            if let Ok(response) = &result {
                let _ = SEEN.try_with(|seen| {
                    let mut seen = seen.borrow_mut();
                    seen.operation = Some(operation.id);
                    seen.status = Some(response.status().as_u16());
                    seen.headers = response.headers().clone();
                });
            }
            result
        })
    }
}
