//! Area handles: a struct borrowing the client, and the `Client` method that hands it out.
//! Borrowing keeps the builders an area hands out tied to the client, not to the handle.

/// `area!(Contacts, contacts)` defines `pub struct Contacts<'a>` and `Client::contacts()`.
macro_rules! area {
    ($(#[$doc:meta])* $handle:ident, $accessor:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        pub struct $handle<'a> {
            pub(crate) client: &'a $crate::Client,
        }

        impl $crate::Client {
            $(#[$doc])*
            pub fn $accessor(&self) -> $handle<'_> {
                $handle { client: self }
            }
        }
    };
}
pub(crate) use area;
