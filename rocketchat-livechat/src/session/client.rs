//! The client: configuration, the shared session, and the call path every method goes through.

use std::sync::Arc;
use std::time::Duration;

use rocketchat_api::types;
use rocketchat_api::{SecretString, ServerVersion};

use super::auth::{Credentials, Renewal, Session, UserAuth};
use super::hooks::SessionHooks;
use super::retry::RetryPolicy;
use super::server_version::ServerVersionState;
use crate::{Error, Result};

/// Default time a whole request may take.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default time to open a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A Rocket.Chat Omnichannel client. Cheap to clone; clones share one connection pool and one
/// login.
///
/// ```no_run
/// # async fn demo() -> rocketchat_livechat::Result<()> {
/// use rocketchat_livechat::Client;
/// let client = Client::builder().base_url("https://chat.example.com").build()?;
/// let me = client.login("ada", "secret").await?;
/// println!("logged in as {:?}", me.username);
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    api: rocketchat_api::Client,
    session: Arc<Session>,
    base_url: Arc<str>,
    hooks: Arc<SessionHooks>,
    #[cfg(feature = "realtime")]
    realtime: crate::realtime::Connection,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.base_url)
            .field("user_id", &self.session.user_id())
            .finish_non_exhaustive()
    }
}

/// Configures a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: Option<String>,
    timeout: Duration,
    connect_timeout: Duration,
    /// `None`: the crate's own, on the client it builds; a user's client keeps its own.
    user_agent: Option<String>,
    http: Option<reqwest::Client>,
    proxy_from_env: bool,
    credentials: Option<Credentials>,
    retry: RetryPolicy,
    server_version: Option<ServerVersion>,
    check_server_version: bool,
    #[cfg(feature = "realtime")]
    realtime: crate::realtime::RealtimeOptions,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            base_url: None,
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            user_agent: None,
            http: None,
            proxy_from_env: true,
            credentials: None,
            retry: RetryPolicy::default(),
            server_version: None,
            check_server_version: true,
            #[cfg(feature = "realtime")]
            realtime: Default::default(),
        }
    }
}

impl ClientBuilder {
    /// The server, e.g. `https://chat.example.com` (a path prefix is kept).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// How long a whole request may take, each attempt of it; 30 s by default. It applies to
    /// every request, on a client of your own ([`ClientBuilder::http_client`]) too.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// How long opening a connection may take; 10 s by default. A client of your own
    /// ([`ClientBuilder::http_client`]) keeps its own connect timeout.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How failed calls are retried; [`RetryPolicy::default`] unless set.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The server's version, for a server that does not tell it (`/api/info`) or to skip
    /// asking: the client uses it as is.
    pub fn server_version(mut self, version: ServerVersion) -> Self {
        self.server_version = Some(version);
        self
    }

    /// Whether a call of an operation the server's version does not have is refused before
    /// it is sent, with [`Error::NotOnServer`]; on by default. Off, every call is sent and
    /// such a server answers its own 404.
    pub fn check_server_version(mut self, check: bool) -> Self {
        self.check_server_version = check;
        self
    }

    /// How the realtime websocket pings, detects silence and reconnects.
    #[cfg(feature = "realtime")]
    pub fn realtime(mut self, options: crate::realtime::RealtimeOptions) -> Self {
        self.realtime = options;
        self
    }

    /// The `User-Agent` header; `rocketchat-livechat-rs/<version>` unless set (a client of
    /// your own keeps its own unless this is set).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Sends through your own `reqwest::Client`: a proxy, extra root certificates, default
    /// headers, a TLS setup of your own. The client still signs user calls, supplies the
    /// visitor token, retries, handles 429 and traces as documented, and
    /// [`ClientBuilder::timeout`] still bounds each request; the connect timeout, pool and
    /// proxies are your client's.
    ///
    /// Call [`rocketchat_api::tls::prepare`] before building a rustls-backed
    /// `reqwest::Client` yourself, or install a rustls provider of your own: the realtime
    /// websocket's WSS uses the process's provider.
    ///
    /// ```no_run
    /// # fn demo() -> Result<(), Box<dyn std::error::Error>> {
    /// rocketchat_livechat::api::tls::prepare();
    /// let http = rocketchat_livechat::reqwest::Client::builder()
    ///     .proxy(rocketchat_livechat::reqwest::Proxy::all("http://proxy.internal:3128")?)
    ///     .build()?;
    /// let client = rocketchat_livechat::Client::builder()
    ///     .base_url("https://chat.example.com")
    ///     .http_client(http)
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Ignores the proxy settings of the environment (`HTTP_PROXY`, `HTTPS_PROXY`,
    /// `ALL_PROXY`, `NO_PROXY`), which the client it builds follows by default.
    pub fn no_proxy(mut self) -> Self {
        self.proxy_from_env = false;
        self
    }

    /// Who the client acts as. A token is used at once; a password is used by
    /// [`Client::authenticate`] (and [`ClientBuilder::connect`]).
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Shorthand for [`Credentials::token`]: a user id and a personal access token.
    pub fn personal_access_token(
        self,
        user_id: impl Into<String>,
        token: impl Into<String>,
    ) -> Self {
        self.credentials(Credentials::token(user_id, token))
    }

    /// Builds the client without touching the network.
    pub fn build(self) -> Result<Client> {
        let base_url = self
            .base_url
            .ok_or_else(|| Error::Config("no base URL; call ClientBuilder::base_url".into()))?;
        let base_url = base_url.trim_end_matches('/').to_owned();
        let parsed = reqwest::Url::parse(&base_url)
            .map_err(|e| Error::Config(format!("base URL `{base_url}` is not a URL: {e}")))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(Error::Config(format!(
                "base URL `{base_url}` must be http or https"
            )));
        }
        if parsed.scheme() == "https" && self.http.is_none() && rocketchat_api::tls::STACK.is_none()
        {
            return Err(Error::Config(format!(
                "base URL `{base_url}` is https, and this build has no TLS stack: enable the \
                 feature rustls-aws-lc, rustls-ring or native-tls of rocketchat-livechat"
            )));
        }
        let (http, user_agent) = match self.http {
            Some(http) => (http, self.user_agent),
            None => {
                rocketchat_api::tls::prepare();
                let mut http = reqwest::Client::builder()
                    .timeout(self.timeout)
                    .connect_timeout(self.connect_timeout)
                    .user_agent(self.user_agent.unwrap_or_else(|| {
                        concat!("rocketchat-livechat-rs/", env!("CARGO_PKG_VERSION")).to_owned()
                    }));
                if !self.proxy_from_env {
                    http = http.no_proxy();
                }
                let http = http
                    .build()
                    .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?;
                (http, None)
            }
        };
        let user_agent = user_agent
            .map(|agent| {
                reqwest::header::HeaderValue::from_str(&agent).map_err(|_| {
                    Error::Config(format!("user agent `{agent}` is not a header value"))
                })
            })
            .transpose()?;
        let session = Session::new();
        match &self.credentials {
            Some(Credentials::Token {
                user_id,
                auth_token,
            }) => session.set_auth(Some(UserAuth {
                user_id: user_id.clone(),
                auth_token: auth_token.clone(),
            })),
            Some(password @ Credentials::Password { .. }) => {
                session.set_renewal(Renewal::Password(password.clone()))
            }
            None => {}
        }
        let hooks = Arc::new(SessionHooks {
            session: session.clone(),
            base_url: base_url.clone(),
            retry: self.retry,
            retry_posts: false,
            timeout: self.timeout,
            user_agent,
            server_version: ServerVersionState::new(
                &base_url,
                self.timeout,
                self.server_version,
                self.check_server_version,
            ),
        });
        Ok(Client {
            api: rocketchat_api::Client::new_with_client(&base_url, http, hooks.clone()),
            #[cfg(feature = "realtime")]
            realtime: crate::realtime::Connection::new(&base_url, session.clone(), self.realtime),
            session,
            base_url: base_url.into(),
            hooks,
        })
    }

    /// Builds the client and, with password credentials, logs in.
    pub async fn connect(self) -> Result<Client> {
        let client = self.build()?;
        client.authenticate().await?;
        Ok(client)
    }
}

impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment: `ROCKETCHAT_URL`, then either
    /// `ROCKETCHAT_USER_ID` + `ROCKETCHAT_AUTH_TOKEN` or `ROCKETCHAT_USER` +
    /// `ROCKETCHAT_PASSWORD` (which logs in). With no credentials set, only visitor and public
    /// calls work.
    pub async fn from_env() -> Result<Client> {
        Self::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.is_empty())).await
    }

    /// [`Client::from_env`] over any variable lookup (for tests and other config sources).
    pub async fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Client> {
        let url = lookup("ROCKETCHAT_URL")
            .ok_or_else(|| Error::Config("ROCKETCHAT_URL is not set".into()))?;
        let mut builder = Client::builder().base_url(url);
        match (
            lookup("ROCKETCHAT_USER_ID"),
            lookup("ROCKETCHAT_AUTH_TOKEN"),
            lookup("ROCKETCHAT_USER"),
            lookup("ROCKETCHAT_PASSWORD"),
        ) {
            (Some(user_id), Some(token), _, _) => builder = builder.personal_access_token(user_id, token),
            (_, _, Some(user), Some(password)) => builder = builder.credentials(Credentials::password(user, password)),
            (None, None, None, None) => {}
            _ => {
                return Err(Error::Config(
                    "set both ROCKETCHAT_USER_ID and ROCKETCHAT_AUTH_TOKEN, or both ROCKETCHAT_USER and ROCKETCHAT_PASSWORD"
                        .into(),
                ))
            }
        }
        builder.connect().await
    }

    /// The server's base URL.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// A client that also retries POSTs after connection errors and 502/503/504, for calls
    /// that are safe to repeat (e.g. [`VisitorSession::send_with_id`](crate::VisitorSession::send_with_id),
    /// which the server stores once per id). Shares this client's connections and login.
    ///
    /// ```no_run
    /// # async fn demo(client: rocketchat_livechat::Client) -> rocketchat_livechat::Result<()> {
    /// let visitor = client.allow_post_retries().visitor("token");
    /// visitor.send_with_id("room-id", "Hello", "client-chosen-id-1").await?;
    /// # Ok(()) }
    /// ```
    pub fn allow_post_retries(&self) -> Client {
        let hooks = Arc::new(SessionHooks {
            session: self.session.clone(),
            base_url: self.hooks.base_url.clone(),
            retry: self.hooks.retry.clone(),
            retry_posts: true,
            timeout: self.hooks.timeout,
            user_agent: self.hooks.user_agent.clone(),
            server_version: self.hooks.server_version.clone(),
        });
        let http = rocketchat_api::ClientInfo::client(&self.api).clone();
        Client {
            api: rocketchat_api::Client::new_with_client(&self.base_url, http, hooks.clone()),
            session: self.session.clone(),
            base_url: self.base_url.clone(),
            hooks,
            #[cfg(feature = "realtime")]
            realtime: self.realtime.clone(),
        }
    }

    /// The client's one realtime connection (opened on first use).
    #[cfg(feature = "realtime")]
    pub(crate) fn realtime_connection(&self) -> &crate::realtime::Connection {
        &self.realtime
    }

    /// The logged-in user's username: remembered from the login, else asked once.
    #[cfg(feature = "realtime")]
    pub(crate) async fn username(&self) -> Option<String> {
        if let Some(username) = self.session.username() {
            return Some(username);
        }
        let username = self.me().await.ok()?.username?;
        self.session.set_username(Some(username.clone()));
        Some(username)
    }

    /// The generated client for every operation of the spec, with this client's login,
    /// retries and tracing attached. Its builders are awaited straight into [`Error`]; a
    /// paged list's builder also has `.stream()`.
    ///
    /// ```no_run
    /// # async fn demo(client: rocketchat_livechat::Client) -> rocketchat_livechat::Result<()> {
    /// let page = client.api().list_departments().enabled(true).await?;
    /// println!("{} departments", page.departments.len());
    /// # Ok(()) }
    /// ```
    pub fn api(&self) -> &rocketchat_api::Client {
        &self.api
    }

    /// The login state this client (and its clones) share.
    #[cfg(feature = "webhooks")]
    pub(crate) fn session(&self) -> &Session {
        &self.session
    }

    // ------------------------------------------------------------------ auth

    /// Logs in with a username (or email) and password. Answers the logged-in user.
    ///
    /// The password stays in the client (redacted in `Debug`) so that an expired login can be
    /// renewed once, transparently; [`Client::logout`] forgets it.
    pub async fn login(&self, user: &str, password: &str) -> Result<types::User> {
        self.login_inner(user, password, None).await
    }

    /// Logs in with a two-factor code, after a login failed with
    /// `Error::Unauthorized { error_type: Some("totp-required"), .. }`, with the method the
    /// server named in the error's details.
    pub async fn login_with_code(
        &self,
        user: &str,
        password: &str,
        code: &str,
        method: types::TwoFactorMethod,
    ) -> Result<types::User> {
        self.login_inner(user, password, Some((code, method))).await
    }

    async fn login_inner(
        &self,
        user: &str,
        password: &str,
        code: Option<(&str, types::TwoFactorMethod)>,
    ) -> Result<types::User> {
        let mut request = self.api.login().body(types::LoginRequest {
            user: Some(user.to_owned()),
            password: Some(SecretString::new(password)),
            ..Default::default()
        });
        let with_code = code.is_some();
        if let Some((code, method)) = code {
            request = request.x_2fa_code(code).x_2fa_method(method);
        }
        let answer = request.await?;
        self.session.set_auth(Some(UserAuth {
            user_id: answer.data.user_id.clone(),
            auth_token: answer.data.auth_token.clone(),
        }));
        // A login with a two-factor code cannot be renewed without a new code.
        self.session.set_renewal(if with_code {
            Renewal::NeedsCode
        } else {
            Renewal::Password(Credentials::password(user, password))
        });
        let me = match answer.data.me {
            Some(me) => me,
            None => self.me().await?,
        };
        self.session.set_username(me.username.clone());
        Ok(me)
    }

    /// Logs in with the password credentials the client was built with; does nothing for
    /// token credentials or none.
    pub async fn authenticate(&self) -> Result<()> {
        if let Some(Credentials::Password { user, password }) = self.session.password() {
            self.login(&user, password.expose_secret()).await?;
        }
        Ok(())
    }

    /// Uses a user id and a personal access token (or an auth token from elsewhere) from now on.
    pub fn use_token(&self, user_id: impl Into<String>, auth_token: impl Into<String>) {
        self.session.set_auth(Some(UserAuth {
            user_id: user_id.into(),
            auth_token: SecretString::new(auth_token),
        }));
        // A token from elsewhere is not the two-factor login that needed a code; a password
        // remembered from the builder still renews it.
        if self.session.needs_code() {
            self.session.set_renewal(Renewal::Nothing);
        }
    }

    /// Invalidates the auth token on the server and forgets it here.
    pub async fn logout(&self) -> Result<()> {
        self.api.logout().await?;
        self.session.set_auth(None);
        self.session.set_renewal(Renewal::Nothing);
        Ok(())
    }

    /// The logged-in user.
    pub async fn me(&self) -> Result<types::User> {
        self.api.get_me().await
    }

    /// The id of the logged-in user, if any.
    pub fn user_id(&self) -> Option<String> {
        self.session.user_id()
    }

    /// The server's version: the one set with [`ClientBuilder::server_version`], else what
    /// `/api/info` tells anyone (`major.minor`), read once and kept by the client and its
    /// clones. `None` when the server does not tell it. Calls of operations the version does
    /// not have are refused with [`Error::NotOnServer`] (see
    /// [`ClientBuilder::check_server_version`]).
    ///
    /// ```no_run
    /// # async fn demo(client: rocketchat_livechat::Client) -> rocketchat_livechat::Result<()> {
    /// if let Some(version) = client.server_version().await? {
    ///     println!("Rocket.Chat {version}");
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn server_version(&self) -> Result<Option<ServerVersion>> {
        let http = rocketchat_api::ClientInfo::client(&self.api);
        self.hooks.server_version.get(http).await
    }

    /// The widget configuration, as a visitor without a token sees it.
    pub async fn config(&self) -> Result<types::LivechatConfig> {
        Ok(self.api.get_config().await?.config)
    }

    /// Leaves a message while no agent is online (the widget's offline form); answers the
    /// server's note for the visitor.
    pub async fn send_offline_message(
        &self,
        name: &str,
        email: &str,
        message: &str,
        department: Option<&str>,
    ) -> Result<Option<String>> {
        let body = types::OfflineMessageRequest {
            name: name.to_owned(),
            email: email.to_owned(),
            message: message.to_owned(),
            department: department.map(str::to_owned),
            host: None,
        };
        Ok(self.api.send_offline_message().body(body).await?.message)
    }
}
