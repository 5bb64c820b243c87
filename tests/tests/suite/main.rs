//! The integration suite, one binary: request shapes per operation, error mapping, path
//! safety and redaction, and the codegen commands.

mod areas;
mod bot_replicas;
mod callpath;
mod codegen_cli;
mod common;
mod declared_answers;
mod errors;
mod examples;
mod fidelity;
mod flows;
mod fuzz;
mod knobs;
mod lenient;
mod operations;
mod realtime;
mod realtime_frames;
mod realtime_slow_reader;
mod realtime_start;
mod records;
mod resilience;
mod safety;
mod server_version;
mod shapes;
mod stored;
mod testkit;
mod testkit_property;
mod testkit_served;
mod webhook_replicas;
mod webhooks;
