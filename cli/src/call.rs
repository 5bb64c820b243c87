//! `rocketchat ops` and `rocketchat call`: every operation of the spec, called by its id.

use futures::TryStreamExt;
use rocketchat_livechat::api::{Operation, OPERATIONS};

use crate::connect::Connection;
use crate::exit::Exit;
use crate::output::{self, Format};
use crate::request;

/// `rocketchat ops`.
#[derive(clap::Args)]
pub(crate) struct OpsArgs {
    /// Only this area (the spec's tag, e.g. rooms, agents, visitors).
    #[arg(long)]
    tag: Option<String>,
    /// Only this edition: ce (every edition) or ee (Enterprise).
    #[arg(long, value_parser = ["ce", "ee"])]
    edition: Option<String>,
    /// Print the operations as JSON lines instead of a table.
    #[arg(long)]
    json: bool,
}

/// `rocketchat call`.
#[derive(clap::Args)]
#[command(disable_help_flag = true)]
#[command(override_usage = "rocketchat call <OPERATION> [FLAGS]...")]
#[command(
    after_help = "`rocketchat call <OPERATION> --help` lists the operation's parameters, body fields, and the\nconnection flags (--url, --user, --password, --user-id, --auth-token)."
)]
pub(crate) struct CallArgs {
    /// The operation id (see `rocketchat ops`), then its flags.
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "OPERATION"
    )]
    args: Vec<String>,
}

pub(crate) fn ops(args: OpsArgs) -> Result<(), Exit> {
    let tags: Vec<&str> = OPERATIONS.iter().map(|o| o.tag).collect();
    let mut args = args;
    // `rooms` for `room`: areas are named in the singular.
    if let Some(tag) = &args.tag {
        if !tags.contains(&tag.as_str()) {
            if let Some(singular) = tag.strip_suffix('s').filter(|t| tags.contains(t)) {
                args.tag = Some(singular.to_owned());
            }
        }
    }
    if let Some(tag) = &args.tag {
        if !tags.contains(&tag.as_str()) {
            let mut known: Vec<&str> = tags.clone();
            known.sort_unstable();
            known.dedup();
            return Err(Exit::usage(format!(
                "error: no area `{tag}`; the areas are: {}",
                known.join(", ")
            )));
        }
    }
    let chosen = OPERATIONS.iter().filter(|o| {
        args.tag.as_deref().is_none_or(|t| o.tag == t)
            && args
                .edition
                .as_deref()
                .is_none_or(|e| request::edition(o) == e)
    });
    let chosen: Vec<&Operation> = chosen.collect();
    let width = chosen.iter().map(|o| o.id.len()).max().unwrap_or(0);
    let mut lines = Vec::new();
    for operation in chosen {
        if args.json {
            let line = serde_json::json!({
                "id": operation.id, "method": operation.method, "path": operation.path,
                "tag": operation.tag, "edition": request::edition(operation),
                "summary": operation.summary, "auth": operation.needs_user(),
                "paged": operation.is_paged(),
            });
            lines.push(line.to_string());
        } else {
            let flags = format!(
                "{}{}",
                if request::edition(operation) == "ee" {
                    "ee"
                } else {
                    "  "
                },
                if operation.is_paged() {
                    " paged"
                } else {
                    "      "
                }
            );
            lines.push(format!(
                "{:width$}  {flags}  {:6} {}",
                operation.id, operation.method, operation.summary
            ));
        }
    }
    lines.iter().try_for_each(|line| output::print_line(line))
}

/// The operation `id`, or a usage error naming the nearest ids.
pub(crate) fn find(id: &str) -> Result<&'static Operation, Exit> {
    if let Some(operation) = rocketchat_livechat::api::operation(id) {
        return Ok(operation);
    }
    let mut near: Vec<(usize, &str)> = OPERATIONS
        .iter()
        .map(|o| (distance(id, o.id), o.id))
        .collect();
    near.sort();
    let mut suggestions: Vec<&str> = near
        .iter()
        .take_while(|(d, _)| *d <= id.len().max(4) / 2 + 2)
        .take(3)
        .map(|(_, o)| *o)
        .collect();
    // Ids that contain the word given (`rooms` → `list_rooms`) help as much as close ones.
    for operation in OPERATIONS {
        if suggestions.len() < 5
            && operation.id.contains(id)
            && !suggestions.contains(&operation.id)
        {
            suggestions.push(operation.id);
        }
    }
    let hint = if suggestions.is_empty() {
        "see `rocketchat ops`".to_owned()
    } else {
        format!("did you mean: {}?", suggestions.join(", "))
    };
    Err(Exit::usage(format!("error: no operation `{id}`; {hint}")))
}

/// Levenshtein distance.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = if ca == *cb {
                previous
            } else {
                1 + previous.min(row[j]).min(row[j + 1])
            };
            previous = current;
        }
    }
    row[b.len()]
}

pub(crate) async fn run(args: CallArgs) -> Result<(), Exit> {
    let (id, rest) = match args.args.split_first() {
        Some((first, _)) if first == "-h" || first == "--help" => {
            let mut command = <crate::Cli as clap::CommandFactory>::command();
            if let Some(call) = command.find_subcommand_mut("call") {
                let _ = call.print_long_help();
            }
            return Ok(());
        }
        Some((id, rest)) => (id.as_str(), rest),
        None => {
            return Err(Exit::usage(
                "error: name an operation: rocketchat call <operation> [flags]; `rocketchat ops` lists them",
            ))
        }
    };
    let operation = find(id)?;
    let command = request::command(operation);
    let matches = match command.try_get_matches_from(rest) {
        Ok(matches) => matches,
        Err(e) => {
            // clap prints the help, or the error with its hints; only an error fails.
            let _ = e.print();
            return if e.use_stderr() {
                Err(Exit::usage(String::new()))
            } else {
                Ok(())
            };
        }
    };
    let format = Format::choose(matches.get_one::<Format>("output").copied());
    // `--all` exists only on paged operations.
    let all = matches!(matches.try_get_one::<bool>("all"), Ok(Some(true)));
    let connection = <Connection as clap::FromArgMatches>::from_arg_matches(&matches)
        .map_err(|e| Exit::usage(e.to_string()))?;
    let client = connection.client().await?;
    let call = request::build(client.api().raw(operation), operation, &matches)?;
    if !all {
        let answer = call.await?;
        return output::print(format, &answer);
    }
    let format = if format == Format::Json {
        Format::Jsonl
    } else {
        format
    };
    let progress =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    progress.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos}/{len} items {per_sec}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let mut items = call.stream();
    while let Some(item) = items.try_next().await.inspect_err(|_| progress.abandon())? {
        if let Some(total) = items.total() {
            progress.set_length(total);
        }
        progress.inc(1);
        if let Err(e) = output::print(format, &item) {
            progress.abandon();
            return Err(e);
        }
    }
    progress.finish_and_clear();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_operation_suggests_the_nearest() {
        let error = find("list_room").unwrap_err();
        assert!(format!("{error:?}").contains("list_rooms"), "{error:?}");
    }

    #[test]
    fn every_operation_has_a_well_formed_command() {
        for operation in OPERATIONS {
            request::command(operation).debug_assert();
        }
    }
}
