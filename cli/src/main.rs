//! `rocketchat`: Rocket.Chat Omnichannel/Livechat from the shell, over `rocketchat-livechat`.
//!
//! - `serve`: the embedded Livechat server as a program;
//! - `ops` and `call`: every operation of the spec, with its parameters from the spec;
//! - `tail` and `watch`: a room, the inquiry queue or one's assignments, live;
//! - `webhooks listen`: the server's webhook events delivered here, verified and printed.
//!
//! Nothing here describes the API again: operations, parameters and bodies come from the
//! spec through `rocketchat_api::OPERATIONS` and `rocketchat_api::REQUESTS`.

mod call;
mod connect;
mod exit;
mod follow;
mod output;
mod request;
mod schema;
mod serve;
mod webhooks;

use clap::{Parser, Subcommand};

use exit::Exit;

/// Rocket.Chat Omnichannel/Livechat from the shell.
#[derive(Parser)]
#[command(name = "rocketchat", version, propagate_version = true)]
#[command(after_help = exit::HELP)]
pub(crate) struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the embedded Livechat server (in memory) for browsers, scripts and other programs.
    Serve(serve::Args),
    /// List the operations of the API, from the spec.
    Ops(call::OpsArgs),
    /// Call an operation: `rocketchat call <operation> --help` shows its parameters.
    Call(call::CallArgs),
    /// Follow a room's events over the realtime API.
    Tail(follow::TailArgs),
    /// Follow the inquiry queue or your own assignments over the realtime API.
    Watch(follow::WatchArgs),
    /// The Omnichannel webhook: receive the server's events here.
    Webhooks(webhooks::Args),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => return Exit::failure(format!("cannot start the runtime: {e}")).report(),
    };
    let result = runtime.block_on(async move {
        match cli.command {
            Command::Serve(args) => serve::run(args).await,
            Command::Ops(args) => call::ops(args),
            Command::Call(args) => call::run(args).await,
            Command::Tail(args) => follow::tail(args).await,
            Command::Watch(args) => follow::watch(args).await,
            Command::Webhooks(args) => webhooks::run(args).await,
        }
    });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(exit) => exit.report(),
    }
}

/// Waits for Ctrl-C (or SIGTERM on Unix), for the commands that run until stopped.
pub(crate) async fn stopped() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut term = match signal(SignalKind::terminate()) {
            Ok(term) => term,
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
                return;
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
