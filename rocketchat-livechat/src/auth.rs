//! Credentials and the logged-in session whose headers ride along on every user call.

use std::sync::atomic::{AtomicBool, Ordering};
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

/// The session shared by all clones of a [`Client`](crate::Client): who is logged in, and the
/// password to log in with again.
#[derive(Debug, Default)]
pub(crate) struct Session {
    auth: RwLock<Option<UserAuth>>,
    password: RwLock<Option<Credentials>>,
    /// The logged-in user's username, once known (realtime typing names the user).
    username: RwLock<Option<String>>,
    /// Whether the login took a two-factor code (so it cannot be renewed by itself).
    needs_code: AtomicBool,
    /// Held while a login is renewed, so that one renewal serves every waiting call.
    renewal: tokio::sync::Mutex<()>,
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
        self.set_needs_code(false);
        *self
            .auth
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = auth;
    }

    /// Keeps password credentials so that an expired login can be renewed.
    pub fn remember_password(&self, credentials: Option<Credentials>) {
        *self
            .password
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = credentials;
    }

    pub fn user_id(&self) -> Option<String> {
        self.auth().map(|a| a.user_id)
    }
}

impl Session {
    pub fn needs_code(&self) -> bool {
        self.needs_code.load(Ordering::Relaxed)
    }

    pub fn set_needs_code(&self, needs_code: bool) {
        self.needs_code.store(needs_code, Ordering::Relaxed);
    }

    pub fn renewal(&self) -> &tokio::sync::Mutex<()> {
        &self.renewal
    }

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

    pub fn password(&self) -> Option<Credentials> {
        self.password
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }
}
