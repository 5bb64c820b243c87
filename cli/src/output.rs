//! JSON on stdout: pretty on a terminal, compact on a pipe, or one value per line.

use std::io::{IsTerminal, Write};

use serde_json::Value;

use crate::exit::Exit;

/// How answers are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// Indented, for people.
    Pretty,
    /// Compact, one document.
    Json,
    /// One JSON value per line (`jq -c`, log shippers).
    Jsonl,
}

impl Format {
    /// `--output` if given, else pretty on a terminal and compact on a pipe.
    pub(crate) fn choose(given: Option<Self>) -> Self {
        match given {
            Some(format) => format,
            None if std::io::stdout().is_terminal() => Self::Pretty,
            None => Self::Json,
        }
    }
}

/// Prints `value` on stdout. A closed pipe (`| head`) ends the program quietly.
pub(crate) fn print(format: Format, value: &Value) -> Result<(), Exit> {
    let text = match format {
        Format::Pretty => serde_json::to_string_pretty(value),
        Format::Json | Format::Jsonl => serde_json::to_string(value),
    }
    .map_err(|e| Exit::failure(format!("error: {e}")))?;
    print_line(&text)
}

/// Prints a line of text on stdout. A closed pipe ends the program quietly.
pub(crate) fn print_line(text: &str) -> Result<(), Exit> {
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Exit::quiet()),
        Err(e) => Err(Exit::failure(format!("error: cannot write: {e}"))),
    }
}
