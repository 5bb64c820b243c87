//! Every operation the embedded server serves, driven with arbitrary requests, valid and
//! not: no answer is a 5xx, a success answer fits the operation's response schema in the
//! spec, and an error answer fits the spec's error body. The inputs come from a fixed seed,
//! so a run is reproducible (a failure names the request).

use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use rocketchat_testkit::{served_operations, LivechatServer};
use serde_json::{json, Value};

/// A value of any JSON type, small.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (-3i64..100).prop_map(Value::from),
        "[a-zA-Z0-9._ -]{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            prop::collection::btree_map("[a-z]{1,6}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// One request: path parameter values, query values, a body, and who calls.
#[derive(Debug, Clone)]
struct Input {
    params: Vec<String>,
    query: Vec<Option<String>>,
    body: Value,
    body_fields: Vec<Option<Value>>,
    caller: u8,
}

fn input(params: usize, query: usize, fields: usize) -> impl Strategy<Value = Input> {
    let text = prop_oneof![
        Just(String::new()),
        Just("visitor-1".to_owned()),
        Just("true".to_owned()),
        Just("0".to_owned()),
        Just("{\"ts\":-1}".to_owned()),
        "[a-zA-Z0-9]{1,17}",
        "[ -~]{0,10}",
    ];
    (
        prop::collection::vec(text.clone(), params),
        prop::collection::vec(prop::option::of(text), query),
        any_json(),
        prop::collection::vec(prop::option::of(any_json()), fields),
        0u8..4,
    )
        .prop_map(|(params, query, body, body_fields, caller)| Input {
            params,
            query,
            body,
            body_fields,
            caller,
        })
}

#[test]
fn arbitrary_requests_to_every_served_operation_get_no_5xx_and_answers_that_fit_the_spec() {
    let spec_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi");
    let spec = rocketchat_codegen::load_value(&spec_dir).unwrap();
    let document = rocketchat_codegen::examples::json_schema(&spec);
    let error_schema = json!({"$ref": "#/components/schemas/ApiError"});
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (server, admin) = runtime.block_on(async {
        let server = LivechatServer::start().await.unwrap();
        // Far more calls per route than the limiter allows; its answers are tested apart.
        server.set_setting("API_Enable_Rate_Limiter", json!(false));
        let admin = server.add_admin("admin", "pw");
        server.add_agent("agent.smith", "pw");
        let client = server.client().unwrap();
        let visitor = client.visitor("visitor-1");
        visitor
            .register(rocketchat_livechat::types::builder::VisitorInput::default())
            .await
            .unwrap();
        visitor.room().await.unwrap();
        (server, admin)
    });
    let token = server.add_personal_access_token(&admin.id);
    let http = reqwest::Client::new();
    let mut checked = 0;
    for operation in served_operations() {
        let item = &spec["paths"][operation.path];
        let method = operation.method.to_lowercase();
        let op = &item[&method];
        let parameters: Vec<&Value> = op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| rocketchat_codegen::resolve(&spec, p))
            .collect();
        let names = |place: &str| -> Vec<String> {
            parameters
                .iter()
                .filter(|p| p["in"] == place)
                .filter_map(|p| p["name"].as_str().map(str::to_owned))
                .collect()
        };
        let (path_names, query_names) = (names("path"), names("query"));
        let body_schema = rocketchat_codegen::resolve(
            &spec,
            &op["requestBody"]["content"]["application/json"]["schema"],
        );
        let fields: Vec<String> = body_schema["properties"]
            .as_object()
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default();
        let success_schema = op["responses"][operation.success_status.to_string()]["content"]
            ["application/json"]["schema"]
            .clone();
        let mut runner = TestRunner::new_with_rng(
            Config {
                cases: 24,
                failure_persistence: None,
                ..Config::default()
            },
            TestRng::deterministic_rng(RngAlgorithm::ChaCha),
        );
        let result = runner.run(
            &input(path_names.len(), query_names.len(), fields.len()),
            |input| {
                let mut path = operation.path.to_owned();
                for (name, value) in path_names.iter().zip(&input.params) {
                    let encoded: String =
                        url::form_urlencoded::byte_serialize(value.as_bytes()).collect();
                    let encoded = if encoded.is_empty() {
                        "x".to_owned()
                    } else {
                        encoded
                    };
                    path = path.replace(&format!("{{{name}}}"), &encoded);
                }
                let mut url = url::Url::parse(&format!("{}{path}", server.url())).unwrap();
                for (name, value) in query_names.iter().zip(&input.query) {
                    if let Some(value) = value {
                        url.query_pairs_mut().append_pair(name, value);
                    }
                }
                // Half the bodies are built from the schema's fields, half are anything.
                let body = if input.caller % 2 == 0 && !fields.is_empty() {
                    Value::Object(
                        fields
                            .iter()
                            .zip(&input.body_fields)
                            .filter_map(|(k, v)| v.clone().map(|v| (k.clone(), v)))
                            .collect(),
                    )
                } else {
                    input.body.clone()
                };
                let method = reqwest::Method::from_bytes(operation.method.as_bytes()).unwrap();
                let mut request = http.request(method.clone(), url.clone());
                match input.caller {
                    0 | 1 => {
                        request = request
                            .header("X-User-Id", &admin.id)
                            .header("X-Auth-Token", &token)
                    }
                    2 => request = request.header("x-visitor-token", "visitor-1"),
                    _ => {}
                }
                if method != reqwest::Method::GET {
                    request = request.json(&body);
                }
                let (status, answer) = runtime.block_on(async {
                    let response = request.send().await.unwrap();
                    let status = response.status().as_u16();
                    (status, response.json::<Value>().await)
                });
                let place = format!("{} {url} body {body}", operation.method);
                prop_assert!(status < 500, "{place}: {status} {answer:?}");
                let answer = answer.map_err(|e| {
                    TestCaseError::fail(format!("{place}: {status}, not JSON: {e}"))
                })?;
                let schema = if (200..300).contains(&status) {
                    &success_schema
                } else {
                    &error_schema
                };
                let errors = rocketchat_codegen::examples::validate(&document, schema, &answer);
                prop_assert!(
                    errors.is_empty(),
                    "{place}: {status} {answer} does not fit the spec: {errors:?}"
                );
                Ok(())
            },
        );
        if let Err(error) = result {
            panic!("{}: {error}", operation.id);
        }
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} operations checked");
}
