//! A server version as the records name it (`8.8.1`), ordered numerically.

use std::fmt;

/// `major.minor.patch`; a missing part is 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    /// Major.
    pub major: u32,
    /// Minor.
    pub minor: u32,
    /// Patch.
    pub patch: u32,
}

impl Version {
    /// Parses `8.8.1`, `8.8` or `v8.8.1` (a pre-release suffix is ignored).
    pub fn parse(text: &str) -> Option<Version> {
        let text = text.trim().trim_start_matches('v');
        let core = text.split(['-', '+']).next()?;
        let mut parts = core.split('.').map(|p| p.parse::<u32>());
        let major = parts.next()?.ok()?;
        let minor = parts.next().unwrap_or(Ok(0)).ok()?;
        let patch = parts.next().unwrap_or(Ok(0)).ok()?;
        Some(Version {
            major,
            minor,
            patch,
        })
    }

    /// `8.8`: the granularity of `x-since`/`x-until` (and of what `/api/info` tells anyone).
    pub fn minor_text(&self) -> String {
        format!("{}.{}", self.major, self.minor)
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_order_numerically() {
        let v = |t| Version::parse(t).unwrap();
        assert!(v("6.13.1") > v("6.3.7"));
        assert!(v("10.0") > v("9.9.9"));
        assert_eq!(v("v8.8.1-rc.2"), v("8.8.1"));
        assert_eq!(v("7.0").to_string(), "7.0.0");
        assert_eq!(v("7.13.9").minor_text(), "7.13");
        assert_eq!(Version::parse("x.1"), None);
    }
}
