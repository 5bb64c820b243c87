//! What each server version has, from the typings the server publishes with every release
//! (`@rocket.chat/rest-typings`): reading a package ([`package`], [`declarations`],
//! [`literal`]), one record per sampled version ([`record`], kept in `openapi/records/`), each
//! operation's range of versions derived from the records ([`ranges`], written into the spec
//! as `x-since`/`x-until`), the older servers' request rules the build writes for the
//! embedded server ([`rules`]), what a server changed against the spec ([`diff`]), and the README's tables of both
//! ([`history`]).

pub mod declarations;
pub mod diff;
pub mod history;
pub mod literal;
#[cfg(feature = "records")]
pub mod package;
pub mod ranges;
pub mod record;
pub mod responses;
pub mod rules;
mod version;

pub use version::Version;
