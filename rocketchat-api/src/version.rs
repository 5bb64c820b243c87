//! Server versions: what a server says it is ([`ServerVersion`]), and which versions have an
//! operation ([`Versions`], each operation's `x-since`/`x-until`, derived from the typings
//! the server publishes with every release).

use std::fmt;
use std::str::FromStr;

/// A Rocket.Chat version. `/api/info` tells anyone `major.minor` (the patch only to users
/// who may view statistics), and operations come and go with minor releases, so versions
/// are compared by major and minor; the patch is kept for display.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ServerVersion {
    /// Major, e.g. 7 of 7.10.2.
    pub major: u16,
    /// Minor, e.g. 10 of 7.10.2.
    pub minor: u16,
    /// Patch, when the server told it.
    pub patch: Option<u16>,
}

impl ServerVersion {
    /// `major.minor`.
    pub const fn new(major: u16, minor: u16) -> Self {
        Self {
            major,
            minor,
            patch: None,
        }
    }

    /// `major.minor.patch`.
    pub const fn with_patch(major: u16, minor: u16, patch: u16) -> Self {
        Self {
            major,
            minor,
            patch: Some(patch),
        }
    }

    /// `(major, minor)`, what availability is decided on.
    pub const fn minor_release(&self) -> (u16, u16) {
        (self.major, self.minor)
    }
}

impl fmt::Debug for ServerVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ServerVersion({self})")
    }
}

impl fmt::Display for ServerVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.patch {
            Some(patch) => write!(f, "{}.{}.{patch}", self.major, self.minor),
            None => write!(f, "{}.{}", self.major, self.minor),
        }
    }
}

/// A text that is not a version.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a Rocket.Chat version (major.minor or major.minor.patch)")]
pub struct VersionError(pub String);

impl FromStr for ServerVersion {
    type Err = VersionError;

    /// `8.8`, `8.8.1`, `v8.8.1` or `8.8.1-rc.2` (a pre-release or build suffix is dropped).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || VersionError(text.to_owned());
        let core = text
            .trim()
            .trim_start_matches('v')
            .split(['-', '+'])
            .next()
            .unwrap_or_default();
        let mut parts = core.split('.');
        let mut number = |required: bool| -> Result<Option<u16>, VersionError> {
            match parts.next() {
                Some(part) => part.parse().map(Some).map_err(|_| error()),
                None if required => Err(error()),
                None => Ok(None),
            }
        };
        let major = number(true)?.ok_or_else(error)?;
        let minor = number(true)?.ok_or_else(error)?;
        let patch = number(false)?;
        if parts.next().is_some() {
            return Err(error());
        }
        Ok(Self {
            major,
            minor,
            patch,
        })
    }
}

/// Whether a server of some version has an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    /// It has: the version is in the operation's range.
    Present,
    /// It has not: a sampled version at or past this one (or at or before) lacked it.
    Absent,
    /// The records cannot tell (an operation the typings never declared, or a version
    /// between a sampled one that lacked it and the first that had it).
    Unknown,
}

/// The server versions that have an operation: the spec's `x-since`/`x-until`, read against
/// the sampled versions they were derived from ([`SERVER_VERSIONS`](crate::SERVER_VERSIONS)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Versions {
    /// The first sampled version whose typings declare it.
    pub since: Option<ServerVersion>,
    /// The last sampled version that declares it, when the newest sampled one does not.
    pub until: Option<ServerVersion>,
}

impl Versions {
    /// No range known.
    pub const UNKNOWN: Versions = Versions {
        since: None,
        until: None,
    };

    /// The newest sampled version before `since`, which lacked the operation.
    pub fn absent_through(&self) -> Option<ServerVersion> {
        let since = self.since?.minor_release();
        crate::SERVER_VERSIONS
            .iter()
            .rev()
            .find(|v| v.minor_release() < since)
            .copied()
    }

    /// The oldest sampled version after `until`, which lacks the operation.
    pub fn absent_from(&self) -> Option<ServerVersion> {
        let until = self.until?.minor_release();
        crate::SERVER_VERSIONS
            .iter()
            .find(|v| v.minor_release() > until)
            .copied()
    }

    /// Whether some sampled version lacked the operation, so that a server's version can
    /// rule it out.
    pub fn can_be_absent(&self) -> bool {
        self.absent_through().is_some() || self.absent_from().is_some()
    }

    /// Whether a server of version `server` has the operation. Only what a sampled version
    /// showed decides `Absent`: between a version that lacked it and the first sampled one
    /// that had it, the answer is `Unknown`.
    pub fn availability(&self, server: ServerVersion) -> Availability {
        let at = server.minor_release();
        if self
            .absent_through()
            .is_some_and(|absent| at <= absent.minor_release())
            || self
                .absent_from()
                .is_some_and(|absent| at >= absent.minor_release())
        {
            return Availability::Absent;
        }
        match self.since {
            Some(since)
                if at >= since.minor_release()
                    && self.until.is_none_or(|until| at <= until.minor_release()) =>
            {
                Availability::Present
            }
            _ => Availability::Unknown,
        }
    }

    /// What a server needs to have the operation, e.g. `≥ 7.0`, `≤ 7.13` or `7.0 to 7.13`.
    pub fn needs(&self) -> String {
        let minor = |v: ServerVersion| ServerVersion::new(v.major, v.minor);
        match (self.since, self.until) {
            (Some(since), Some(until)) if self.absent_through().is_some() => {
                format!("{} to {}", minor(since), minor(until))
            }
            (_, Some(until)) => format!("≤ {}", minor(until)),
            (Some(since), None) => format!("≥ {}", minor(since)),
            (None, None) => "an unknown version".to_owned(),
        }
    }
}

/// The top of an older sampled server's request validator for one operation, where it differs
/// from the newest's (from `openapi/records/`): the keys it allows, those it requires, and
/// whether it refuses others. The embedded server plays an older server's validation with
/// these ([`OLDER_REQUEST_RULES`](crate::OLDER_REQUEST_RULES)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestRule {
    /// Operation id.
    pub operation: &'static str,
    /// The sampled version whose validator this is.
    pub version: ServerVersion,
    /// The query keys (GET) or body keys it allows.
    pub allowed: &'static [&'static str],
    /// The keys it requires.
    pub required: &'static [&'static str],
    /// Whether it refuses keys it does not allow.
    pub closed: bool,
}

impl RequestRule {
    /// The rules of the newest sampled version at or before `server` that differs from the
    /// newest, for `operation`; `None` when that version validates as the newest does.
    pub fn of(operation: &str, server: ServerVersion) -> Option<&'static RequestRule> {
        let newest = crate::SERVER_VERSIONS.last()?;
        if server.minor_release() >= newest.minor_release() {
            return None;
        }
        // The sampled version a server of this version validates like: the newest one at
        // or before it (a patch release within a sampled minor one counts as that one).
        let sampled = crate::SERVER_VERSIONS
            .iter()
            .rev()
            .find(|v| v.minor_release() <= server.minor_release())?;
        crate::OLDER_REQUEST_RULES
            .iter()
            .find(|rule| rule.operation == operation && rule.version == *sampled)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> ServerVersion {
        text.parse().unwrap()
    }

    #[test]
    fn versions_parse_and_print() {
        assert_eq!(v("6.13.1"), ServerVersion::with_patch(6, 13, 1));
        assert_eq!(v("8.8"), ServerVersion::new(8, 8));
        assert_eq!(v("v7.0.0-rc.1"), ServerVersion::with_patch(7, 0, 0));
        assert_eq!(v("6.13.1").to_string(), "6.13.1");
        assert_eq!(format!("{:?}", v("8.8")), "ServerVersion(8.8)");
        for bad in ["", "8", "8.x", "a.b.c", "1.2.3.4", "70000.1"] {
            assert!(bad.parse::<ServerVersion>().is_err(), "{bad}");
        }
    }

    #[test]
    fn only_a_sampled_absence_says_absent() {
        // Sampled 6.13 without it, 7.0 with it, up to 7.13; 8.0 without it.
        let range = Versions {
            since: Some(v("7.0")),
            until: Some(v("7.13")),
        };
        assert_eq!(range.absent_through(), Some(v("6.13.1")));
        assert_eq!(range.absent_from(), Some(v("8.0.0")));
        assert_eq!(range.availability(v("6.13.1")), Availability::Absent);
        assert_eq!(range.availability(v("6.3")), Availability::Absent);
        assert_eq!(range.availability(v("7.0.0")), Availability::Present);
        assert_eq!(range.availability(v("7.5")), Availability::Present);
        assert_eq!(range.availability(v("7.13.9")), Availability::Present);
        assert_eq!(range.availability(v("7.14")), Availability::Unknown);
        assert_eq!(range.availability(v("8.0.0")), Availability::Absent);
        assert_eq!(range.needs(), "7.0 to 7.13");
        let since_only = Versions {
            until: None,
            ..range
        };
        assert_eq!(since_only.availability(v("9.1")), Availability::Present);
        assert_eq!(since_only.needs(), "≥ 7.0");
        // Seen in the oldest sample: nothing older is known to lack it.
        let oldest = Versions {
            since: Some(v("6.3")),
            ..Versions::UNKNOWN
        };
        assert_eq!(oldest.availability(v("5.4")), Availability::Unknown);
        assert_eq!(
            Versions::UNKNOWN.availability(v("8.8")),
            Availability::Unknown
        );
    }
}
