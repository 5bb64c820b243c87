//! Area handles: a struct holding the client, and the `Client` method that hands it out.

/// `area!(Contacts, contacts, "Contact calls")` defines `pub struct Contacts` and
/// `Client::contacts()`.
macro_rules! area {
    ($(#[$doc:meta])* $handle:ident, $accessor:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone)]
        pub struct $handle {
            client: $crate::Client,
        }

        impl $crate::Client {
            $(#[$doc])*
            pub fn $accessor(&self) -> $handle {
                $handle { client: self.clone() }
            }
        }
    };
}
pub(crate) use area;
