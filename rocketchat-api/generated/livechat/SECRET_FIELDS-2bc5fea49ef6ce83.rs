/// The names of the spec's secret fields (`format: password`), masked in error
/// excerpts.
pub const SECRET_FIELDS: &[&str] = &[
    "LivechatSecretToken",
    "authToken",
    "code",
    "password",
    "resume",
    "token",
    "x-visitor-token",
];
