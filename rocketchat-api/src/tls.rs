//! Which TLS stack HTTPS and WSS go through, chosen by cargo feature: `rustls-aws-lc` (the
//! default: rustls with the aws-lc-rs provider, post-quantum key exchange first), `rustls-ring`
//! (rustls with ring, classical key exchange only) or `native-tls` (the platform's library).
//! With none of them the client speaks plain HTTP only.
//!
//! More than one: `native-tls` serves HTTPS and WSS whenever it is on (reqwest and
//! tokio-tungstenite both prefer it); of the two rustls features, aws-lc-rs is the provider
//! [`prepare`] installs, and ring is compiled but unused.

/// The TLS stack this build sends HTTPS through (its feature: [`Stack::feature`]); `None`
/// when it has none (plain HTTP only).
pub const STACK: Option<Stack> = if cfg!(feature = "native-tls") {
    Some(Stack::NativeTls)
} else if cfg!(feature = "rustls-aws-lc") {
    Some(Stack::RustlsAwsLc)
} else if cfg!(feature = "rustls-ring") {
    Some(Stack::RustlsRing)
} else {
    None
};

/// A TLS stack a build can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Stack {
    /// rustls with the aws-lc-rs provider (feature `rustls-aws-lc`, the default).
    RustlsAwsLc,
    /// rustls with the ring provider (feature `rustls-ring`).
    RustlsRing,
    /// The platform's TLS library (feature `native-tls`).
    NativeTls,
}

impl Stack {
    /// The cargo feature that selects it.
    pub fn feature(self) -> &'static str {
        match self {
            Stack::RustlsAwsLc => "rustls-aws-lc",
            Stack::RustlsRing => "rustls-ring",
            Stack::NativeTls => "native-tls",
        }
    }
}

/// Gets the TLS stack ready before a `reqwest::Client` is built: with a rustls feature, it
/// installs that feature's provider (aws-lc-rs when both are on) as the process's default
/// rustls provider unless one is installed already, so a provider the application chose
/// stays; with `native-tls` or none it does nothing.
///
/// The process default is what tokio-tungstenite's WSS connections use, and what reqwest
/// uses when the application installed one. Every client this crate and `rocketchat-livechat`
/// build calls it; call it yourself before building a `reqwest::Client` of your own.
pub fn prepare() {
    #[cfg(feature = "rustls-aws-lc")]
    {
        // An error means a provider is installed already, which is what is needed.
        let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    }
    #[cfg(all(feature = "rustls-ring", not(feature = "rustls-aws-lc")))]
    {
        // rustls 0.23.48 deprecated ring's provider constructor because ring offers no
        // post-quantum key exchange; that is why `rustls-ring` is no longer the default. It
        // stays for builds that take ring on purpose, and nothing else constructs it.
        #[allow(deprecated)]
        let provider = rustls::crypto::ring::default_provider();
        let _ = provider.install_default();
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

    #[cfg(any(feature = "rustls-aws-lc", feature = "rustls-ring"))]
    #[test]
    fn prepare_installs_the_feature_s_provider() {
        super::prepare();
        let provider = rustls::crypto::CryptoProvider::get_default().expect("a provider");
        let groups: Vec<_> = provider
            .kx_groups
            .iter()
            .map(|group| group.name())
            .collect();
        if cfg!(feature = "rustls-aws-lc") {
            // aws-lc-rs offers the hybrid post-quantum group first.
            assert_eq!(groups[0], rustls::NamedGroup::X25519MLKEM768, "{groups:?}");
        } else {
            // ring has classical groups only.
            assert!(
                !groups.contains(&rustls::NamedGroup::X25519MLKEM768),
                "{groups:?}"
            );
        }
    }
}
