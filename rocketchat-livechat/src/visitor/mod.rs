//! The visitor's side: a session keyed on the visitor token, which it supplies on every
//! visitor call; what a visitor does besides writing; file upload; and the conversation,
//! started in one call and followed as a stream.

mod actions;
mod conversation;
mod session;
mod upload;

pub use conversation::Follow;
pub use session::VisitorSession;
