//! The server's version, and the check that refuses, before sending, an operation the
//! server's version does not have ([`Error::NotOnServer`]).
//!
//! The version is read once, when first needed, from `/api/info`, which tells anyone
//! `major.minor` (apps/meteor/app/api/server/lib/getServerInfo.ts); the user can set it
//! instead, for a server that hides it. Each operation's range (`x-since`/`x-until`) comes
//! from the spec. Only an operation that some sampled version lacks needs the version, so
//! most calls never ask for it; a version that cannot be read leaves every call going out
//! as it would without the check.

use std::future::IntoFuture;
use std::sync::Arc;

use rocketchat_api::{Availability, Operation, ServerVersion};

use crate::{Error, Result};

/// What the client knows of its server's version. Shared by a client and its clones.
#[derive(Debug)]
pub(crate) struct ServerVersionState {
    base_url: String,
    /// Bound of the question (the client's request timeout; a client of the user's own may
    /// have none).
    timeout: std::time::Duration,
    /// Set by the user: used as is, never read from the server.
    pinned: Option<ServerVersion>,
    /// Whether calls outside the server's range are refused.
    check: bool,
    /// What `/api/info` said (`None`: the server answered without a version).
    read: tokio::sync::OnceCell<Option<ServerVersion>>,
}

impl ServerVersionState {
    pub(crate) fn new(
        base_url: &str,
        timeout: std::time::Duration,
        pinned: Option<ServerVersion>,
        check: bool,
    ) -> Arc<Self> {
        Arc::new(Self {
            base_url: base_url.to_owned(),
            timeout,
            pinned,
            check,
            read: tokio::sync::OnceCell::new(),
        })
    }

    /// The server's version: the one set, or the one `/api/info` tells (asked once; a
    /// failure to reach the server is an error and is asked again next time).
    pub(crate) async fn get(&self, http: &reqwest::Client) -> Result<Option<ServerVersion>> {
        if let Some(pinned) = self.pinned {
            return Ok(Some(pinned));
        }
        self.read
            .get_or_try_init(|| self.fetch(http))
            .await
            .copied()
    }

    async fn fetch(&self, http: &reqwest::Client) -> Result<Option<ServerVersion>> {
        // Without the client's hooks: no credentials (anyone may ask) and no recursion
        // into this check.
        let api = rocketchat_api::Client::new_with_client(
            &self.base_url,
            http.clone(),
            Arc::new(rocketchat_api::NoHooks),
        );
        let answer = tokio::time::timeout(self.timeout, api.get_server_info().into_future())
            .await
            .unwrap_or(Err(Error::Timeout {
                operation: rocketchat_api::operations::GET_SERVER_INFO.id,
            }));
        match answer {
            Ok(info) => {
                let version = info
                    .info
                    .and_then(|build| build.version)
                    .unwrap_or(info.version);
                let parsed = version.parse().ok();
                if parsed.is_none() {
                    tracing::debug!(version = %version, "the server's version does not parse");
                }
                Ok(parsed)
            }
            // The server answered, without a version (a proxy that hides `/api/info`, an
            // error page): nothing to check against, and no point in asking again.
            Err(error) if error.status().is_some() => {
                tracing::debug!(%error, "the server does not tell its version");
                Ok(None)
            }
            Err(error) => Err(error),
        }
    }

    /// Refuses `operation` when the server's version does not have it.
    pub(crate) async fn admit(
        &self,
        http: &reqwest::Client,
        operation: &'static Operation,
    ) -> Result<()> {
        let versions = &operation.versions;
        // An operation no sampled version lacked cannot be refused: no need to ask.
        if !self.check || !versions.can_be_absent() {
            return Ok(());
        }
        let Ok(Some(server)) = self.get(http).await else {
            return Ok(());
        };
        match versions.availability(server) {
            Availability::Absent => Err(Error::not_on_server(operation, server)),
            _ => Ok(()),
        }
    }
}
