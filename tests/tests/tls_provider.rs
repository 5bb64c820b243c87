//! The process's rustls provider, in a binary of its own: it is global to the process, so no
//! other test may install one first.

use std::sync::Arc;

use rocketchat_livechat::Client;
use rustls::crypto::{aws_lc_rs, CryptoProvider};
use rustls::NamedGroup;

#[test]
fn an_application_s_own_provider_stays_installed() {
    // The application's choice: aws-lc-rs with classical X25519 only (say, for a middlebox
    // that drops post-quantum key shares), installed before any client exists.
    let mine = CryptoProvider {
        kx_groups: vec![aws_lc_rs::kx_group::X25519],
        ..aws_lc_rs::default_provider()
    };
    mine.install_default().expect("nothing installed yet");

    let client = Client::builder()
        .base_url("https://chat.example.com")
        .build()
        .expect("an https client builds with the default TLS stack");
    drop(client);
    rocketchat_livechat::api::tls::prepare();

    let installed: Arc<CryptoProvider> = CryptoProvider::get_default().expect("a provider").clone();
    let groups: Vec<NamedGroup> = installed
        .kx_groups
        .iter()
        .map(|group| group.name())
        .collect();
    assert_eq!(
        groups,
        [NamedGroup::X25519],
        "the application's provider was replaced"
    );
}

#[test]
fn the_stack_is_the_default_feature_s() {
    // The workspace's tests build the default features: rustls with aws-lc-rs.
    assert_eq!(
        rocketchat_livechat::api::tls::STACK,
        Some(rocketchat_livechat::api::tls::Stack::RustlsAwsLc)
    );
}
