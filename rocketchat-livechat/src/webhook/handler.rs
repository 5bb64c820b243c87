//! What handles verified events.

use std::future::Future;

use super::Event;

/// What handles verified events: any `Fn(Event) -> impl Future<Output = Result<String, E>>`
/// where `E` displays. The `Ok` text is the answer's body, which the server stores as the
/// room's `crmData` and sends back on the room's later events; an `Err` is answered 503, so
/// the server delivers the event again.
pub trait Handler: Clone + Send + Sync + 'static {
    /// Handles one event.
    fn handle(
        &self,
        event: Event,
    ) -> impl Future<Output = Result<String, Box<dyn std::fmt::Display + Send>>> + Send;
}

impl<F, Fut, E> Handler for F
where
    F: Fn(Event) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<String, E>> + Send,
    E: std::fmt::Display + Send + 'static,
{
    fn handle(
        &self,
        event: Event,
    ) -> impl Future<Output = Result<String, Box<dyn std::fmt::Display + Send>>> + Send {
        let answer = self(event);
        async move {
            answer
                .await
                .map_err(|e| Box::new(e) as Box<dyn std::fmt::Display + Send>)
        }
    }
}
