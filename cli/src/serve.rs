//! `rocketchat serve`: the embedded Livechat server (`testkit::LivechatServer`) as a program,
//! seeded from flags or a JSON file, printing its URL and credentials as `KEY=value` lines.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;

use rocketchat_testkit::{LivechatServer, SeededUser};
use serde::Deserialize;
use serde_json::Value;

use crate::exit::Exit;

/// `rocketchat serve`.
#[derive(clap::Args)]
#[command(after_help = SEED_HELP)]
pub(crate) struct Args {
    /// Where to listen.
    #[arg(long, default_value = "127.0.0.1:3000")]
    address: SocketAddr,
    /// The Rocket.Chat version to play (e.g. 6.13.1): what it lacks answers the server's 404.
    #[arg(long)]
    server_version: Option<String>,
    /// A JSON seed file (see below); the flags add to it.
    #[arg(long, value_name = "FILE")]
    seed: Option<PathBuf>,
    /// An agent, available for chats (repeat for more).
    #[arg(long, value_name = "USER:PASSWORD")]
    agent: Vec<String>,
    /// A livechat manager, also an agent (repeat for more).
    #[arg(long, value_name = "USER:PASSWORD")]
    manager: Vec<String>,
    /// An administrator (repeat for more).
    #[arg(long, value_name = "USER:PASSWORD")]
    admin: Vec<String>,
    /// A department with agents seeded above (repeat for more).
    #[arg(long, value_name = "NAME[:AGENT,...]")]
    department: Vec<String>,
    /// How chats reach agents.
    #[arg(long, value_parser = ["Auto_Selection", "Manual_Selection", "Load_Balancing", "Load_Rotation", "External"])]
    routing: Option<String>,
    /// A server setting, the value as JSON or text (repeat for more).
    #[arg(long, value_name = "ID=VALUE")]
    setting: Vec<String>,
    /// Answer browsers of these origins only (comma-separated); every origin unless set.
    #[arg(long, value_name = "ORIGINS", default_value = "*")]
    cors_origin: String,
    /// No CORS headers (the server's default): only same-origin pages may call the API.
    #[arg(long, conflicts_with = "cors_origin")]
    no_cors: bool,
    /// Also write the KEY=value lines to this file.
    #[arg(long, value_name = "FILE")]
    env_file: Option<PathBuf>,
    /// Log every request, realtime event and webhook delivery on stderr (secrets left out).
    #[arg(long)]
    log: bool,
}

const SEED_HELP: &str = "\
Seed file (JSON; every key optional):
  {\"agents\":      [{\"username\": \"ada\", \"password\": \"pw\", \"available\": true, \"status\": \"online\"}],
   \"managers\":    [{\"username\": \"max\", \"password\": \"pw\"}],
   \"admins\":      [{\"username\": \"root\", \"password\": \"pw\"}],
   \"departments\": [{\"name\": \"Sales\", \"agents\": [\"ada\"]}],
   \"routing\":     \"Manual_Selection\",
   \"settings\":    {\"Livechat_accept_chats_with_no_agents\": true}}

With no user seeded, one manager is: manager / manager. The REST rate limiter is on, as on a
real server; --setting API_Enable_Rate_Limiter=false turns it off for scripts that call fast.
Output (stdout, KEY=value): ROCKETCHAT_URL, then ROCKETCHAT_USER_ID and ROCKETCHAT_AUTH_TOKEN
(a personal access token) of the first manager (else admin, else agent), and <ROLE>_<USERNAME>_{USER,PASSWORD,USER_ID,AUTH_TOKEN} for
every user, DEPARTMENT_<NAME>_ID for every department.";

/// The seed file.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Seed {
    #[serde(default)]
    agents: Vec<SeedUser>,
    #[serde(default)]
    managers: Vec<SeedUser>,
    #[serde(default)]
    admins: Vec<SeedUser>,
    #[serde(default)]
    departments: Vec<SeedDepartment>,
    routing: Option<String>,
    #[serde(default)]
    settings: serde_json::Map<String, Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedUser {
    username: String,
    password: String,
    #[serde(default = "available")]
    available: bool,
    status: Option<String>,
}

fn available() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedDepartment {
    name: String,
    #[serde(default)]
    agents: Vec<String>,
}

fn user_flag(text: &str, flag: &str) -> Result<SeedUser, Exit> {
    let (username, password) = text
        .split_once(':')
        .filter(|(u, p)| !u.is_empty() && !p.is_empty())
        .ok_or_else(|| Exit::usage(format!("error: --{flag} takes USER:PASSWORD, not `{text}`")))?;
    Ok(SeedUser {
        username: username.to_owned(),
        password: password.to_owned(),
        available: true,
        status: None,
    })
}

fn seed_of(args: &Args) -> Result<Seed, Exit> {
    let mut seed = match &args.seed {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                Exit::failure(format!("error: cannot read {}: {e}", path.display()))
            })?;
            serde_json::from_str(&text).map_err(|e| {
                Exit::usage(format!("error: {} is not a seed file: {e}", path.display()))
            })?
        }
        None => Seed::default(),
    };
    for text in &args.agent {
        seed.agents.push(user_flag(text, "agent")?);
    }
    for text in &args.manager {
        seed.managers.push(user_flag(text, "manager")?);
    }
    for text in &args.admin {
        seed.admins.push(user_flag(text, "admin")?);
    }
    for text in &args.department {
        let (name, agents) = text.split_once(':').unwrap_or((text, ""));
        seed.departments.push(SeedDepartment {
            name: name.to_owned(),
            agents: agents
                .split(',')
                .filter(|a| !a.is_empty())
                .map(str::to_owned)
                .collect(),
        });
    }
    if args.routing.is_some() {
        seed.routing = args.routing.clone();
    }
    for text in &args.setting {
        let (id, value) = text
            .split_once('=')
            .ok_or_else(|| Exit::usage(format!("error: --setting takes ID=VALUE, not `{text}`")))?;
        let value = serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.to_owned()));
        seed.settings.insert(id.to_owned(), value);
    }
    if seed.agents.is_empty() && seed.managers.is_empty() && seed.admins.is_empty() {
        seed.managers.push(SeedUser {
            username: "manager".into(),
            password: "manager".into(),
            available: true,
            status: None,
        });
    }
    Ok(seed)
}

/// `KEY` from any text: upper case, `_` for the rest.
fn key(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

pub(crate) async fn run(args: Args) -> Result<(), Exit> {
    if args.log {
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_max_level(tracing::Level::DEBUG)
            .with_target(false)
            .init();
    }
    let seed = seed_of(&args)?;
    let mut builder = LivechatServer::builder().address(args.address);
    if let Some(version) = &args.server_version {
        builder = builder.server_version(version.clone());
    }
    let server = builder.start().await.map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidInput => Exit::usage(format!("error: {e}")),
        _ => Exit::failure(format!("error: cannot listen on {}: {e}", args.address)),
    })?;

    let mut lines = vec![format!("ROCKETCHAT_URL={}", server.url())];
    let mut first = None;
    let mut users: Vec<(String, SeededUser)> = Vec::new();
    for (role, list) in [
        ("manager", &seed.managers),
        ("admin", &seed.admins),
        ("agent", &seed.agents),
    ] {
        for user in list {
            let seeded = match role {
                "manager" => server.add_manager(&user.username, &user.password),
                "admin" => server.add_admin(&user.username, &user.password),
                _ => server.add_agent(&user.username, &user.password),
            };
            if role != "admin" {
                server.set_available(&seeded.id, user.available);
                if let Some(status) = &user.status {
                    server.set_agent_status(&seeded.id, status);
                }
            }
            let token = server.add_personal_access_token(&seeded.id);
            let prefix = format!("{}_{}", key(role), key(&user.username));
            lines.push(format!("{prefix}_USER={}", user.username));
            lines.push(format!("{prefix}_PASSWORD={}", user.password));
            lines.push(format!("{prefix}_USER_ID={}", seeded.id));
            lines.push(format!("{prefix}_AUTH_TOKEN={token}"));
            if first.is_none() {
                first = Some((seeded.id.clone(), token.clone()));
            }
            users.push((user.username.clone(), seeded));
        }
    }
    // A token rather than the password: each call of a script that evaluates these lines
    // then skips the login (and its rate limit).
    if let Some((id, token)) = first {
        lines.insert(1, format!("ROCKETCHAT_USER_ID={id}"));
        lines.insert(2, format!("ROCKETCHAT_AUTH_TOKEN={token}"));
    }
    for department in &seed.departments {
        let mut ids = Vec::new();
        for agent in &department.agents {
            let user = users
                .iter()
                .find(|(name, _)| name == agent)
                .ok_or_else(|| {
                    Exit::usage(format!(
                        "error: department {} names `{agent}`, who is not seeded",
                        department.name
                    ))
                })?;
            ids.push(user.1.id.as_str());
        }
        let id = server.add_department(&department.name, &ids);
        lines.push(format!("DEPARTMENT_{}_ID={id}", key(&department.name)));
    }
    if let Some(routing) = &seed.routing {
        server.set_setting("Livechat_Routing_Method", Value::String(routing.clone()));
    }
    if !args.no_cors {
        server.set_setting("API_Enable_CORS", Value::Bool(true));
        server.set_setting("API_CORS_Origin", Value::String(args.cors_origin.clone()));
    }
    for (id, value) in &seed.settings {
        if !server.set_setting(id, value.clone()) {
            return Err(Exit::usage(format!(
                "error: the embedded server has no setting `{id}`"
            )));
        }
    }

    let text = lines.join("\n") + "\n";
    if let Some(path) = &args.env_file {
        std::fs::write(path, &text)
            .map_err(|e| Exit::failure(format!("error: cannot write {}: {e}", path.display())))?;
    }
    {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
    }
    eprintln!(
        "rocketchat: the embedded Livechat server listens on {} (Rocket.Chat {}); Ctrl-C stops it",
        server.url(),
        server.server_version()
    );
    crate::stopped().await;
    eprintln!("rocketchat: stopped");
    drop(server);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_shell_names() {
        assert_eq!(key("agent.smith"), "AGENT_SMITH");
        assert_eq!(key("Sales-EU"), "SALES_EU");
    }
}
