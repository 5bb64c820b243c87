//! Which TLS stack HTTPS goes through, chosen by cargo feature: `rustls-ring` (the default),
//! `rustls-aws-lc` or `native-tls`. With none of them the client speaks plain HTTP only.

/// Gets the TLS stack ready before a `reqwest::Client` is built. With `rustls-ring`, it
/// installs ring as the process's default rustls provider unless one is installed already
/// (a provider the application chose stays); with the other stacks it does nothing.
///
/// Every client this crate and `rocketchat-livechat` build calls it; call it yourself before
/// building a `reqwest::Client` of your own with the `rustls-ring` feature.
pub fn prepare() {
    #[cfg(feature = "rustls-ring")]
    {
        // An error means a provider is installed already, which is what is needed.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_client_builds_after_prepare() {
        super::prepare();
        super::prepare();
        assert!(reqwest::Client::builder().build().is_ok());
    }
}
