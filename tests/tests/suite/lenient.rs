//! Stored data looser than the typings (numbers as strings, `""` for a list, booleans as
//! `"true"`, values a newer server adds): a corpus of such records decodes, each odd field
//! read as what it means or kept as sent, and never fails the whole answer.

use httpmock::prelude::*;
use rocketchat_livechat::api::Lenient;
use rocketchat_livechat::types::{self, UserType};
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn a_page_of_agents_with_odd_records_decodes_whole() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/users/agent");
            then.status(200).json_body(fixture("lenient/agents"));
        })
        .await;
    let page = client(&server)
        .users(UserType::Agent)
        .list()
        .await
        .expect("one odd record does not fail the page");
    assert_eq!(page.users.len(), 5);
    let max: Vec<Option<Lenient<i64>>> = page
        .users
        .iter()
        .map(|u| {
            u.livechat
                .as_ref()
                .and_then(|l| l.max_number_simultaneous_chat.clone())
        })
        .collect();
    assert_eq!(
        max,
        [
            Some(Lenient::Value(3)),
            Some(Lenient::Value(2)),
            Some(Lenient::Invalid(json!(""))),
            None,
            Some(Lenient::Invalid(json!("lots"))),
        ]
    );
    // Values a newer server adds to a closed set are kept, not refused.
    assert_eq!(
        page.users[4].status,
        Some(types::UserStatus::Unknown("in-a-meeting".into()))
    );
    assert_eq!(
        page.users[4].status_livechat,
        Some(types::LivechatAgentStatus::Unknown("on-break".into()))
    );
    assert_eq!(page.users[1].status, Some(types::UserStatus::Away));
}

#[tokio::test]
async fn departments_saved_by_old_forms_decode() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/department");
            then.status(200).json_body(fixture("lenient/departments"));
        })
        .await;
    let page = client(&server).departments().list().await.unwrap();
    let [typed, old, one] = &page.departments[..] else {
        panic!("{page:?}")
    };
    let value = |l: &Option<Lenient<i64>>| l.as_ref().and_then(Lenient::value).copied();
    assert_eq!(value(&typed.max_number_simultaneous_chat), Some(4));
    assert_eq!(
        value(&old.max_number_simultaneous_chat),
        None,
        "`\"\"`: no limit set"
    );
    assert_eq!(value(&one.max_number_simultaneous_chat), Some(2));
    assert_eq!(value(&old.num_agents), Some(1));
    assert_eq!(value(&one.num_agents), Some(1));
    assert_eq!(value(&old.visitor_inactivity_timeout_in_seconds), Some(600));
    let flag = |l: &Option<Lenient<bool>>| l.as_ref().and_then(Lenient::value).copied();
    assert_eq!(flag(&old.show_on_registration), Some(true));
    assert_eq!(flag(&old.show_on_offline_form), Some(false));
    assert_eq!(flag(&old.request_tag_before_closing_chat), Some(false));
    let list = |l: &Option<Lenient<Vec<String>>>| l.as_ref().and_then(Lenient::value).cloned();
    assert_eq!(
        list(&typed.chat_closing_tags),
        Some(vec!["refund".to_owned()])
    );
    assert_eq!(list(&old.chat_closing_tags), Some(vec![]));
    assert_eq!(list(&old.departments_allowed_to_forward), Some(vec![]));
    assert_eq!(list(&one.chat_closing_tags), Some(vec!["vip".to_owned()]));
    assert_eq!(
        list(&one.departments_allowed_to_forward),
        Some(vec!["d1".to_owned()])
    );
}
