//! The spec's response examples fit their schemas (codegen's check) and decode into the
//! generated types.

use std::path::Path;

use serde_json::Value;

fn spec() -> Value {
    rocketchat_codegen::load_value(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi"))
        .unwrap()
}

#[test]
fn every_example_fits_its_schema() {
    let findings = rocketchat_codegen::examples::check(&spec());
    assert!(
        findings.is_empty(),
        "{}",
        rocketchat_codegen::lint::render(&findings)
    );
}

#[test]
fn every_example_decodes_into_the_generated_type() {
    let spec = spec();
    let mut decoded = 0;
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let Some(media) = operation["responses"]["200"]["content"].get("application/json")
            else {
                continue;
            };
            let Some(name) = media["schema"]["$ref"]
                .as_str()
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
            else {
                continue;
            };
            let examples = [
                media.get("example"),
                spec["components"]["schemas"][name].get("example"),
            ];
            for example in examples.into_iter().flatten() {
                let result = tests::decoders::decode_component(name, example.clone())
                    .unwrap_or_else(|| panic!("{name} has no generated type"));
                assert!(
                    result.is_ok(),
                    "{method} {path}: the example does not decode as {name}: {result:?}"
                );
                decoded += 1;
            }
        }
    }
    assert!(decoded >= 175, "only {decoded} examples decoded");
}

#[test]
fn a_wrong_example_is_caught() {
    let mut spec = spec();
    spec["components"]["schemas"]["SuccessResponse"]["example"] =
        serde_json::json!({"success": "yes"});
    let findings = rocketchat_codegen::examples::check(&spec);
    assert!(
        findings
            .iter()
            .any(|f| f.message.contains(r#""yes" is not of type "boolean""#)),
        "{}",
        rocketchat_codegen::lint::render(&findings)
    );
}
