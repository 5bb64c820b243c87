//! Credentials and the logged-in session whose headers ride along on every user call.

use std::sync::{Arc, RwLock};

use rocketchat_api::SecretString;

/// How a user (agent, manager, bot) proves who it is.
///
/// `Debug` never shows the password or token:
/// ```
/// use rocketchat_livechat::Credentials;
/// let creds = Credentials::password("ada", "hunter2");
/// assert!(!format!("{creds:?}").contains("hunter2"));
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum Credentials {
    /// Username (or email) and password; logged in with `POST /api/v1/login`.
    Password {
        /// Username, or email when it contains `@`.
        user: String,
        /// The password.
        password: SecretString,
    },
    /// A user id and an auth token: a personal access token, or the token of an earlier login.
    Token {
        /// The user's id (`X-User-Id`).
        user_id: String,
        /// The token (`X-Auth-Token`).
        auth_token: SecretString,
    },
}

impl Credentials {
    /// Username (or email) and password.
    pub fn password(user: impl Into<String>, password: impl Into<String>) -> Self {
        Credentials::Password {
            user: user.into(),
            password: SecretString::new(password),
        }
    }

    /// A user id and a personal access token (or any auth token).
    pub fn token(user_id: impl Into<String>, auth_token: impl Into<String>) -> Self {
        Credentials::Token {
            user_id: user_id.into(),
            auth_token: SecretString::new(auth_token),
        }
    }
}

/// The headers of a logged-in user.
#[derive(Clone, Debug)]
pub(crate) struct UserAuth {
    pub user_id: String,
    pub auth_token: SecretString,
}

/// What an expired login can be renewed with.
#[derive(Clone, Debug, Default)]
pub(crate) enum Renewal {
    /// Nothing: a token from elsewhere, or no login.
    #[default]
    Nothing,
    /// The password credentials the login was (or will be) made with.
    Password(Credentials),
    /// Nothing until the user gives a new two-factor code: the login took one.
    NeedsCode,
}

/// The session shared by all clones of a [`Client`](crate::Client): who is logged in, and
/// how to log in again.
#[derive(Debug, Default)]
pub(crate) struct Session {
    auth: RwLock<Option<UserAuth>>,
    renewal: RwLock<Renewal>,
    /// The logged-in user's username, once known (realtime typing names the user).
    username: RwLock<Option<String>>,
    /// Held while a login is renewed, so that one renewal serves every waiting call.
    renewing: tokio::sync::Mutex<()>,
}

impl Session {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    pub fn auth(&self) -> Option<UserAuth> {
        self.auth
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    pub fn set_auth(&self, auth: Option<UserAuth>) {
        self.set_username(None);
        *self
            .auth
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = auth;
    }

    /// How an expired login will be renewed from now on.
    pub fn set_renewal(&self, renewal: Renewal) {
        *self
            .renewal
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = renewal;
    }

    pub fn renewal(&self) -> Renewal {
        self.renewal
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    pub fn user_id(&self) -> Option<String> {
        self.auth().map(|a| a.user_id)
    }
}

impl Session {
    pub fn needs_code(&self) -> bool {
        matches!(self.renewal(), Renewal::NeedsCode)
    }

    pub fn renewing(&self) -> &tokio::sync::Mutex<()> {
        &self.renewing
    }

    #[cfg(feature = "realtime")]
    pub fn username(&self) -> Option<String> {
        self.username
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    pub fn set_username(&self, username: Option<String>) {
        *self
            .username
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = username;
    }

    /// The password credentials to renew with, if that is how.
    pub fn password(&self) -> Option<Credentials> {
        match self.renewal() {
            Renewal::Password(credentials) => Some(credentials),
            Renewal::Nothing | Renewal::NeedsCode => None,
        }
    }
}
