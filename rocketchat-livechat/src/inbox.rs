//! The agent's inbox: queued inquiries as they arrive, and taking the next one.

use std::collections::HashSet;
use std::time::Duration;

use futures::Stream;
use rocketchat_api::types;

use crate::error::{Error, Result};
use crate::Inquiries;

impl Inquiries {
    /// Queued inquiries the logged-in agent may take, each once, as they arrive (polled every
    /// `interval`, optionally for one department). Ends after the first error.
    ///
    /// ```no_run
    /// # async fn demo(client: rocketchat_livechat::Client) -> rocketchat_livechat::Result<()> {
    /// use futures::TryStreamExt;
    /// let inquiries = client.inquiries();
    /// let mut queue = std::pin::pin!(inquiries.watch(None, std::time::Duration::from_secs(5)));
    /// while let Some(inquiry) = queue.try_next().await? {
    ///     println!("{} is waiting", inquiry.name.unwrap_or_default());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn watch(
        &self,
        department: Option<String>,
        interval: Duration,
    ) -> impl Stream<Item = Result<types::Inquiry>> + Send + 'static {
        let start = (
            self.clone(),
            department,
            HashSet::<String>::new(),
            Vec::new(),
            false,
            false,
        );
        futures::stream::unfold(
            start,
            move |(inquiries, department, mut seen, mut pending, mut started, done)| async move {
                loop {
                    if let Some(inquiry) = pending.pop() {
                        return Some((
                            Ok(inquiry),
                            (inquiries, department, seen, pending, started, done),
                        ));
                    }
                    if done {
                        return None;
                    }
                    if started {
                        tokio::time::sleep(interval).await;
                    }
                    started = true;
                    match inquiries.queued_now(department.as_deref()).await {
                        Err(error) => {
                            return Some((
                                Err(error),
                                (inquiries, department, seen, pending, started, true),
                            ))
                        }
                        Ok(queue) => {
                            // `pending` is popped from the back: store newest first.
                            pending = queue
                                .into_iter()
                                .filter(|i| seen.insert(i.id.clone()))
                                .rev()
                                .collect();
                        }
                    }
                }
            },
        )
    }

    /// Takes the oldest queued inquiry (optionally of one department) for the logged-in
    /// agent. An inquiry another agent took first is skipped; `None` when the queue is empty.
    pub async fn take_next(&self, department: Option<&str>) -> Result<Option<types::Inquiry>> {
        for inquiry in self.queued_now(department).await? {
            match self.take(&inquiry.id).await {
                Ok(()) => return Ok(Some(inquiry)),
                Err(error) if taken_by_someone_else(&error) => continue,
                Err(error) => return Err(error),
            }
        }
        Ok(None)
    }

    /// The whole queue, oldest first.
    async fn queued_now(&self, department: Option<&str>) -> Result<Vec<types::Inquiry>> {
        let department = department.map(str::to_owned);
        let page = self
            .queued(move |q| {
                let q = q.sort(r#"{"ts":1}"#).count(100);
                match &department {
                    Some(d) => q.department(d.clone()),
                    None => q,
                }
            })
            .await?;
        Ok(page.inquiries)
    }
}

fn taken_by_someone_else(error: &Error) -> bool {
    matches!(
        error.error_type(),
        Some("error-inquiry-taken" | "error-not-found")
    )
}
