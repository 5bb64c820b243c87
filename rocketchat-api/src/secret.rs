//! Secrets (visitor tokens, auth tokens, passwords) that never show in `Debug` output.

/// A secret (visitor token, auth token, password) that never shows in `Debug` output. Every
/// `format: password` field of the spec has this type.
///
/// ```
/// let token = rocketchat_api::SecretString::from("visitor-token");
/// assert_eq!(format!("{token:?}"), "[redacted]");
/// assert_eq!(token.expose_secret(), "visitor-token");
/// ```
#[derive(Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct SecretString(String);

impl SecretString {
    /// Wraps a secret.
    pub fn new(secret: impl Into<String>) -> Self {
        Self(secret.into())
    }

    /// The secret itself; keep it out of logs.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for SecretString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}

impl From<String> for SecretString {
    fn from(secret: String) -> Self {
        Self(secret)
    }
}

impl From<&str> for SecretString {
    fn from(secret: &str) -> Self {
        Self(secret.to_owned())
    }
}

impl From<&SecretString> for SecretString {
    fn from(secret: &SecretString) -> Self {
        secret.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_redacted_and_serde_is_transparent() {
        let secret = SecretString::new("hunter2");
        assert_eq!(format!("{secret:?}"), "[redacted]");
        assert_eq!(format!("{:?}", Some(&secret)), "Some([redacted])");
        let json = serde_json::to_string(&secret).unwrap();
        assert_eq!(json, "\"hunter2\"");
        let back: SecretString = serde_json::from_str(&json).unwrap();
        assert_eq!(back, secret);
    }
}
