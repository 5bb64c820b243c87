//! Integration tests of the workspace live in `tests/tests/`; this library holds what codegen
//! writes for them from the spec.

/// `decode_component(schema, value)`, generated from the spec's component schemas.
pub mod decoders {
    include!(concat!(env!("OUT_DIR"), "/decoders.rs"));
}
