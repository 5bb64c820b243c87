//! An operation's request as the spec describes it (`rocketchat_api::REQUESTS`): its
//! parameters and body become the flags of `rocketchat call <operation>`, with their types,
//! whether they are required and their descriptions; the flags given become a
//! [`RawCall`].

use std::sync::OnceLock;

use clap::{Arg, ArgAction, ArgMatches, Command};
use rocketchat_livechat::api::{Operation, RawCall};
use serde_json::{Map, Value};

use crate::exit::Exit;
use crate::schema;

/// The request side of the spec, parsed once.
pub(crate) fn document() -> &'static Value {
    static DOCUMENT: OnceLock<Value> = OnceLock::new();
    DOCUMENT.get_or_init(|| {
        serde_json::from_str(rocketchat_livechat::api::REQUESTS)
            .expect("the build writes REQUESTS as JSON")
    })
}

/// One parameter of an operation.
pub(crate) struct Parameter<'a> {
    /// The name the server reads (`agents[]` for an array of the query).
    pub name: &'a str,
    /// Its flag: the name without `[]`.
    pub flag: String,
    /// `path`, `query` or `header`.
    pub location: &'a str,
    pub required: bool,
    pub schema: &'a Value,
    pub description: &'a str,
}

/// The parameters of `operation`.
pub(crate) fn parameters(operation: &Operation) -> Vec<Parameter<'static>> {
    let document = document();
    document["operations"][operation.id]["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|parameter| {
            let name = parameter["name"].as_str().unwrap_or_default();
            Parameter {
                name,
                flag: name.trim_end_matches("[]").to_owned(),
                location: parameter["in"].as_str().unwrap_or("query"),
                required: parameter["required"].as_bool().unwrap_or(false),
                schema: &parameter["schema"],
                description: parameter["description"].as_str().unwrap_or_default(),
            }
        })
        .collect()
}

/// The body of `operation`: content type, whether required, schema.
pub(crate) fn body(operation: &Operation) -> Option<(&'static str, bool, &'static Value)> {
    let body = &document()["operations"][operation.id]["body"];
    body.is_object().then(|| {
        (
            body["contentType"].as_str().unwrap_or("application/json"),
            body["required"].as_bool().unwrap_or(false),
            &body["schema"],
        )
    })
}

/// `rocketchat call <operation>` as a command of its own, from the spec.
pub(crate) fn command(operation: &'static Operation) -> Command {
    let document = document();
    let auth = if operation.needs_user() {
        "a logged-in user (X-Auth-Token, X-User-Id)"
    } else {
        "none (public, or a visitor's token)"
    };
    let mut about = format!(
        "{}\n\n{} {}\narea: {}, edition: {}, auth: {auth}",
        operation.summary,
        operation.method,
        operation.path,
        operation.tag,
        edition(operation),
    );
    if let Some(since) = operation.versions.since {
        about.push_str(&format!(", since Rocket.Chat {since}"));
    }
    if let Some(until) = operation.versions.until {
        about.push_str(&format!(", removed after {until}"));
    }
    let command =
        Command::new(format!("rocketchat call {}", operation.id)).next_help_heading("Connection");
    let mut command = <crate::connect::Connection as clap::Args>::augment_args(command)
        .next_help_heading(None::<&str>)
        .about(about)
        .no_binary_name(true)
        .disable_version_flag(true)
        .next_line_help(false);
    for parameter in parameters(operation) {
        let array = schema::resolve(document, parameter.schema)["type"] == "array";
        let kind = schema::type_text(document, parameter.schema);
        let mut help = format!("[{}, {kind}", parameter.location);
        if parameter.required {
            help.push_str(", required");
        }
        help.push(']');
        if !parameter.description.is_empty() {
            help = format!("{} {help}", first_paragraph(parameter.description));
        }
        let mut arg = Arg::new(parameter.flag.clone())
            .long(parameter.flag.clone())
            .value_name(value_name(&kind))
            .help(help)
            .required(parameter.required)
            .help_heading("Parameters");
        if array {
            arg = arg.action(ArgAction::Append);
        }
        command = command.arg(arg);
    }
    if let Some((content_type, _, schema)) = body(operation) {
        if content_type == "application/json" {
            command = command
                .arg(
                    Arg::new("body")
                        .long("body")
                        .value_name("JSON|@FILE|@-")
                        .help(format!(
                            "The JSON body ({}), inline, from a file, or from stdin",
                            schema::type_text(document, schema)
                        ))
                        .help_heading("Body"),
                )
                .arg(
                    Arg::new("field")
                        .short('F')
                        .long("field")
                        .value_name("KEY=VALUE")
                        .action(ArgAction::Append)
                        .help("A body field; VALUE is read as JSON when it parses (true, 12, [..]), else as text; KEY may be a dotted path (visitor.name)")
                        .help_heading("Body"),
                )
                .arg(
                    Arg::new("raw-field")
                        .short('f')
                        .long("raw-field")
                        .value_name("KEY=VALUE")
                        .action(ArgAction::Append)
                        .help("A body field whose VALUE is always text")
                        .help_heading("Body"),
                );
            command = command.after_help(body_help(schema));
        } else {
            command = command.after_help(format!(
                "Body: {content_type} (file uploads are not sent by `call`; use the library's typed builder)"
            ));
        }
    }
    if operation.is_paged() {
        command = command.arg(Arg::new("all").long("all").action(ArgAction::SetTrue).help(
            "Walk the list to its end and print each item as a JSON line (progress on stderr)",
        ));
    }
    command.arg(
        Arg::new("output")
            .short('o')
            .long("output")
            .value_parser(clap::builder::EnumValueParser::<crate::output::Format>::new())
            .help("pretty (the default on a terminal), json (compact, the default on a pipe), or jsonl (one JSON value per line)"),
    )
}

fn value_name(kind: &str) -> String {
    if kind.len() > 24 {
        "VALUE".to_owned()
    } else {
        kind.to_uppercase()
    }
}

/// The description's first paragraph, on one line.
fn first_paragraph(text: &str) -> String {
    let paragraph = text.trim().split("\n\n").next().unwrap_or_default();
    paragraph.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The body's fields, for the end of `--help`: dotted paths into nested objects, as
/// `--field` takes them.
fn body_help(schema: &Value) -> String {
    let document = document();
    let mut rows = Vec::new();
    field_rows(document, schema, "", 0, &mut rows);
    if rows.is_empty() {
        return format!("Body: {}", schema::type_text(document, schema));
    }
    let width = rows.iter().map(|r| r.0.len()).max().unwrap_or(0).min(32);
    let mut text = format!(
        "Body fields ({}; set with --field or --body):",
        schema::type_text(document, schema)
    );
    for (name, kind, description) in rows {
        text.push_str(&format!("\n  {name:width$}  {kind}  {description}"));
    }
    text
}

fn field_rows(
    document: &Value,
    schema: &Value,
    prefix: &str,
    depth: usize,
    rows: &mut Vec<(String, String, String)>,
) {
    for (name, field, required) in schema::fields(document, schema) {
        let path = format!("{prefix}{name}");
        let mut kind = schema::type_text(document, field);
        if required {
            kind.push_str(", required");
        }
        let description = schema::resolve(document, field)["description"]
            .as_str()
            .or_else(|| field["description"].as_str())
            .map(first_paragraph)
            .unwrap_or_default();
        rows.push((path.clone(), kind, description));
        if depth < 2 && !schema::fields(document, field).is_empty() {
            field_rows(document, field, &format!("{path}."), depth + 1, rows);
        }
    }
}

/// The call the flags describe: parameters checked against their schemas, the body against
/// the operation's (a required body that was not given is a usage error).
pub(crate) fn build<'a>(
    call: RawCall<'a>,
    operation: &'static Operation,
    matches: &ArgMatches,
) -> Result<RawCall<'a>, Exit> {
    let document = document();
    let mut call = call;
    for parameter in parameters(operation) {
        let Some(values) = matches.get_many::<String>(&parameter.flag) else {
            continue;
        };
        let schema = schema::resolve(document, parameter.schema);
        let item = if schema["type"] == "array" {
            schema::resolve(document, &schema["items"])
        } else {
            schema
        };
        for value in values {
            check_value(&parameter, item, value)?;
            call = match parameter.location {
                "path" => call.path(parameter.name, value.as_str()),
                "header" => call.header(parameter.name, value.as_str()),
                _ => call.query(parameter.name, value.as_str()),
            };
        }
    }
    if let Some((_, required, schema)) = body(operation) {
        let body = body_of(matches)?;
        match body {
            Some(body) => {
                let errors = schema::check(document, schema, &body);
                if !errors.is_empty() {
                    let hint = if errors.iter().any(|e| e.contains("must be string"))
                        && matches.contains_id("field")
                    {
                        "\n  hint: -F/--field reads 12, true and [..] as JSON; -f/--raw-field KEY=VALUE sends text"
                    } else {
                        ""
                    };
                    return Err(Exit::usage(format!(
                        "error: the body does not fit {} {}:\n  {}{hint}",
                        operation.id,
                        schema::type_text(document, schema),
                        errors.join("\n  ")
                    )));
                }
                call = call.body(body);
            }
            None if required => {
                return Err(Exit::usage(format!(
                    "error: {} needs a body: {}",
                    operation.id,
                    body_help(schema)
                )))
            }
            None => {}
        }
    }
    Ok(call)
}

/// A parameter value checked against its schema: the text read as the JSON value the schema
/// describes (a number, `true`/`false`, text), then the schema's own check (type, enum).
fn check_value(parameter: &Parameter<'_>, schema: &Value, value: &str) -> Result<(), Exit> {
    let typed = match schema["type"].as_str() {
        Some("integer") => value.parse::<i64>().ok().map(Value::from),
        Some("number") => value.parse::<f64>().ok().map(Value::from),
        Some("boolean") => value.parse::<bool>().ok().map(Value::Bool),
        _ => Some(Value::String(value.to_owned())),
    };
    match typed {
        Some(typed) if schema::check(document(), schema, &typed).is_empty() => Ok(()),
        _ => Err(Exit::usage(format!(
            "error: --{} must be {}, not `{value}`",
            parameter.flag,
            schema::type_text(document(), schema)
        ))),
    }
}

/// The body from `--body` and the fields, merged (fields win).
fn body_of(matches: &ArgMatches) -> Result<Option<Value>, Exit> {
    let mut body = match matches.get_one::<String>("body") {
        Some(text) => Some(read_json(text)?),
        None => None,
    };
    let typed = matches
        .get_many::<String>("field")
        .into_iter()
        .flatten()
        .map(|f| (f, true));
    let raw = matches
        .get_many::<String>("raw-field")
        .into_iter()
        .flatten()
        .map(|f| (f, false));
    for (field, typed) in typed.chain(raw) {
        let (key, value) = field
            .split_once('=')
            .ok_or_else(|| Exit::usage(format!("error: `{field}` is not KEY=VALUE")))?;
        let value = if typed {
            serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.to_owned()))
        } else {
            Value::String(value.to_owned())
        };
        let target = body.get_or_insert_with(|| Value::Object(Map::new()));
        set_path(target, key, value)?;
    }
    Ok(body)
}

/// `--body` text: JSON inline, `@file`, or `@-` for stdin.
fn read_json(text: &str) -> Result<Value, Exit> {
    let (source, content) = match text.strip_prefix('@') {
        Some("-") => {
            let mut content = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut content)
                .map_err(|e| Exit::failure(format!("error: cannot read stdin: {e}")))?;
            ("stdin".to_owned(), content)
        }
        Some(path) => (
            path.to_owned(),
            std::fs::read_to_string(path)
                .map_err(|e| Exit::failure(format!("error: cannot read {path}: {e}")))?,
        ),
        None => ("--body".to_owned(), text.to_owned()),
    };
    serde_json::from_str(&content)
        .map_err(|e| Exit::usage(format!("error: {source} is not JSON: {e}")))
}

fn set_path(target: &mut Value, key: &str, value: Value) -> Result<(), Exit> {
    let mut current = target;
    let mut parts = key.split('.').peekable();
    while let Some(part) = parts.next() {
        let Value::Object(map) = current else {
            return Err(Exit::usage(format!(
                "error: `{key}`: `{part}` is inside a value that is not an object"
            )));
        };
        if parts.peek().is_none() {
            map.insert(part.to_owned(), value);
            return Ok(());
        }
        current = map
            .entry(part.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    Ok(())
}

/// `ce` or `ee`, as `ops --edition` takes it.
pub(crate) fn edition(operation: &Operation) -> &'static str {
    match operation.edition {
        rocketchat_livechat::api::Edition::Enterprise => "ee",
        _ => "ce",
    }
}
