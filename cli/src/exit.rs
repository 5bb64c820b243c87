//! How the program ends: one exit code per kind of failure, so that scripts tell them apart,
//! and the message on stderr.

use rocketchat_livechat::Error;

/// The exit codes, for `--help`.
pub(crate) const HELP: &str = "\
Exit codes:
  0  success
  1  failure of this program or its environment (a file it cannot read, a port in use)
  2  usage: an unknown command, operation or parameter, a body the spec does not allow
  3  the API refused the request (HTTP 4xx: invalid, unauthorized, forbidden, not found,
     rate limited, or not on this server's version)
  4  the server or the network failed (HTTP 5xx, an answer that is not Rocket.Chat's,
     a timeout, a refused or dropped connection)

Environment: ROCKETCHAT_URL, and ROCKETCHAT_USER + ROCKETCHAT_PASSWORD or
ROCKETCHAT_USER_ID + ROCKETCHAT_AUTH_TOKEN (the flags of the same names override them).";

/// A failure, with its exit code and message.
#[derive(Debug)]
pub(crate) struct Exit {
    code: u8,
    message: String,
}

impl Exit {
    /// 1: this program or its environment.
    pub(crate) fn failure(message: impl Into<String>) -> Self {
        Self {
            code: 1,
            message: message.into(),
        }
    }

    /// 2: the command line.
    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Self {
            code: 2,
            message: message.into(),
        }
    }

    /// Success with nothing more to say, e.g. when the reader of a pipe went away.
    pub(crate) fn quiet() -> Self {
        Self {
            code: 0,
            message: String::new(),
        }
    }

    /// Prints the message (if any) on stderr and answers the exit code.
    pub(crate) fn report(self) -> std::process::ExitCode {
        if !self.message.is_empty() {
            eprintln!("{}", self.message);
        }
        std::process::ExitCode::from(self.code)
    }
}

impl From<Error> for Exit {
    fn from(error: Error) -> Self {
        let code = match &error {
            // A 5xx is the server's failure, whether or not its body is Rocket.Chat's.
            Error::Api { status, .. } | Error::Http { status, .. } if *status >= 500 => 4,
            Error::Api { .. }
            | Error::Http { .. }
            | Error::Unauthorized { .. }
            | Error::RateLimited { .. }
            | Error::NotOnServer { .. }
            | Error::Subscription { .. } => 3,
            Error::InvalidRequest { .. } | Error::Config(_) => 2,
            _ => 4,
        };
        let message = match &error {
            // Status, `error` and `errorType` each on their own, for a reader and for grep.
            Error::Api {
                operation,
                status,
                message,
                error_type,
                ..
            } => format!(
                "error: {operation}: HTTP {status}\n  error: {message}\n  errorType: {}",
                error_type.as_deref().unwrap_or("(none)")
            ),
            other => format!("error: {other}"),
        };
        Self { code, message }
    }
}
