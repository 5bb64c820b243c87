//! Which server and as whom: the library's environment (`ROCKETCHAT_URL`, `ROCKETCHAT_USER`
//! and `ROCKETCHAT_PASSWORD`, or `ROCKETCHAT_USER_ID` and `ROCKETCHAT_AUTH_TOKEN`), each
//! overridden by its flag.

use rocketchat_livechat::{Client, Credentials};

use crate::exit::Exit;

/// The connection flags every command that talks to a server takes. No `Debug`: it holds a
/// password and a token (as do the other commands' flags).
#[derive(Clone, clap::Args)]
pub(crate) struct Connection {
    /// The server's base URL, e.g. http://127.0.0.1:3000.
    #[arg(long, env = "ROCKETCHAT_URL", global = true)]
    pub url: Option<String>,
    /// The username to log in with (with --password).
    #[arg(long, env = "ROCKETCHAT_USER", global = true)]
    pub user: Option<String>,
    /// The password to log in with.
    #[arg(
        long,
        env = "ROCKETCHAT_PASSWORD",
        hide_env_values = true,
        global = true
    )]
    pub password: Option<String>,
    /// A user id (with --auth-token, e.g. a personal access token).
    #[arg(long, env = "ROCKETCHAT_USER_ID", global = true)]
    pub user_id: Option<String>,
    /// The auth token of --user-id.
    #[arg(
        long,
        env = "ROCKETCHAT_AUTH_TOKEN",
        hide_env_values = true,
        global = true
    )]
    pub auth_token: Option<String>,
}

impl Connection {
    /// A client of the server, logged in when credentials are given.
    pub(crate) async fn client(&self) -> Result<Client, Exit> {
        let url = self
            .url
            .clone()
            .ok_or_else(|| Exit::usage("error: no server: set ROCKETCHAT_URL or --url"))?;
        let mut builder = Client::builder().base_url(url);
        let given = |value: &Option<String>| value.clone().filter(|v| !v.is_empty());
        // A user and password win over a token pair: `--user ada --password ...` acts as ada
        // even where the environment holds another user's token.
        builder =
            match (
                given(&self.user_id),
                given(&self.auth_token),
                given(&self.user),
                given(&self.password),
            ) {
                (_, _, Some(user), Some(password)) => {
                    builder.credentials(Credentials::password(user, password))
                }
                (Some(id), Some(token), _, None) => builder.personal_access_token(id, token),
                (None, None, None, None) => builder,
                _ => return Err(Exit::usage(
                    "error: give both --user-id and --auth-token, or both --user and --password",
                )),
            };
        Ok(builder.connect().await?)
    }

    /// Whether credentials were given.
    pub(crate) fn has_login(&self) -> bool {
        let given = |value: &Option<String>| value.as_deref().is_some_and(|v| !v.is_empty());
        given(&self.auth_token) || given(&self.password)
    }
}
