crate::open_enum! {
    #[doc =
    "How a two-factor code was made: an authenticator app, an emailed code, or the password (its SHA-256 hex digest)."]
    TwoFactorMethod { #[doc = "`totp`"] Totp = "totp", #[doc = "`email`"] Email =
    "email", #[doc = "`password`"] Password = "password" }
}
