//! Which server and as whom: the library's environment (`ROCKETCHAT_URL`, `ROCKETCHAT_USER`
//! and `ROCKETCHAT_PASSWORD`, or `ROCKETCHAT_USER_ID` and `ROCKETCHAT_AUTH_TOKEN`), each
//! overridden by its flag.

use rocketchat_livechat::Client;

use crate::exit::Exit;

/// The connection flags every command that talks to a server takes. No `Debug`: it holds a
/// password and a token (as do the other commands' flags).
#[derive(Clone, clap::Args)]
pub(crate) struct Connection {
    /// The server's base URL, e.g. http://127.0.0.1:3000.
    #[arg(long, env = "ROCKETCHAT_URL", global = true)]
    url: Option<String>,
    /// The username to log in with (with --password).
    #[arg(long, env = "ROCKETCHAT_USER", global = true)]
    user: Option<String>,
    /// The password to log in with.
    #[arg(
        long,
        env = "ROCKETCHAT_PASSWORD",
        hide_env_values = true,
        global = true
    )]
    password: Option<String>,
    /// A user id (with --auth-token, e.g. a personal access token).
    #[arg(long, env = "ROCKETCHAT_USER_ID", global = true)]
    user_id: Option<String>,
    /// The auth token of --user-id.
    #[arg(
        long,
        env = "ROCKETCHAT_AUTH_TOKEN",
        hide_env_values = true,
        global = true
    )]
    auth_token: Option<String>,
}

impl Connection {
    /// A client of the server, logged in when credentials are given: the library's own
    /// reading of the environment ([`Client::from_lookup`]), over these values.
    pub(crate) async fn client(&self) -> Result<Client, Exit> {
        // A user and password win over a token pair: `--user ada --password ...` acts as ada
        // even where the environment holds another user's token.
        let password_login = given(&self.user).is_some() && given(&self.password).is_some();
        let lookup = |name: &str| match name {
            "ROCKETCHAT_URL" => given(&self.url),
            "ROCKETCHAT_USER" => given(&self.user),
            "ROCKETCHAT_PASSWORD" => given(&self.password),
            "ROCKETCHAT_USER_ID" if !password_login => given(&self.user_id),
            "ROCKETCHAT_AUTH_TOKEN" if !password_login => given(&self.auth_token),
            _ => None,
        };
        Ok(Client::from_lookup(lookup).await?)
    }

    /// Whether credentials were given.
    pub(crate) fn has_login(&self) -> bool {
        given(&self.auth_token).is_some() || given(&self.password).is_some()
    }
}

/// A value that was given and is not empty.
fn given(value: &Option<String>) -> Option<String> {
    value.clone().filter(|v| !v.is_empty())
}
