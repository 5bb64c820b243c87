//! Proxy settings from the environment, in a binary of their own: the environment is the
//! process's, so no other test may build a client while it is set.

use httpmock::prelude::*;
use rocketchat_livechat::{Client, Error, RetryPolicy};

#[tokio::test]
async fn the_environments_proxy_is_followed_unless_turned_off() {
    // The "proxy" is a mock server: a proxied request reaches it with the target's URL.
    let proxy = MockServer::start_async().await;
    let config = proxy
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/config");
            then.status(200).json_body(serde_json::json!({
                "config": {"enabled": true, "online": false, "settings": {}, "theme": {},
                           "messages": {}, "survey": {}, "triggers": [], "departments": [],
                           "resources": {}},
                "success": true
            }));
        })
        .await;
    std::env::set_var("HTTP_PROXY", proxy.base_url());
    std::env::set_var("http_proxy", proxy.base_url());
    std::env::remove_var("NO_PROXY");
    std::env::remove_var("no_proxy");

    // A host that does not resolve: only the proxy can answer for it.
    let through_proxy = Client::builder()
        .base_url("http://chat.example.invalid")
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let answer = through_proxy.config().await.unwrap();
    assert!(answer.enabled);
    assert_eq!(config.calls_async().await, 1);

    let direct = Client::builder()
        .base_url("http://chat.example.invalid")
        .no_proxy()
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = direct.config().await.unwrap_err();
    assert!(
        matches!(error, Error::Transport { .. } | Error::Http { .. }),
        "{error:?}"
    );
    assert_eq!(config.calls_async().await, 1);
}
