//! The agent and manager areas: one handle per area of the API (rooms, the queue, the
//! inbox, departments, users, the visitor directory, contacts, analytics, settings and the
//! Enterprise catalogues), each borrowing the client and handing out the generated builders.
//! Borrowing keeps the builders an area hands out tied to the client, not to the handle.

mod agent;
mod analytics;
mod contact;
mod department;
mod enterprise;
mod inbox;
mod inquiry;
mod room;
mod settings;
mod visitor_directory;

pub use agent::Users;
pub use analytics::Analytics;
pub use contact::Contacts;
pub use department::Departments;
pub use enterprise::{CannedResponses, Monitors, Priorities, SlaPolicies, Tags, Units};
pub use inquiry::Inquiries;
pub use room::Rooms;
pub use settings::{BusinessHours, CustomFields, Triggers};
pub use visitor_directory::VisitorDirectory;

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
