//! The agent's inbox: queued inquiries as they arrive, and taking the next one.

use std::collections::HashSet;
use std::time::Duration;

use futures::Stream;
use rocketchat_api::types;

use crate::conversation::TRANSIENT_FAILURES_TOLERATED;
use crate::error::{Error, Result};
use crate::Inquiries;

impl Inquiries {
    /// Queued inquiries the logged-in agent may take, each once, as they arrive (polled every
    /// `interval`, optionally for one department). Rides out up to 30 transient errors in a
    /// row; ends with any other error.
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
        struct Watch {
            inquiries: Inquiries,
            department: Option<String>,
            seen: HashSet<String>,
            /// Popped from the back: stored newest first.
            pending: Vec<types::Inquiry>,
            started: bool,
            failures: u32,
            done: bool,
        }
        let start = Watch {
            inquiries: self.clone(),
            department,
            seen: HashSet::new(),
            pending: Vec::new(),
            started: false,
            failures: 0,
            done: false,
        };
        futures::stream::unfold(start, move |mut watch| async move {
            loop {
                if let Some(inquiry) = watch.pending.pop() {
                    return Some((Ok(inquiry), watch));
                }
                if watch.done {
                    return None;
                }
                if watch.started {
                    tokio::time::sleep(interval).await;
                }
                watch.started = true;
                match watch
                    .inquiries
                    .queued_now(watch.department.as_deref())
                    .await
                {
                    Err(error)
                        if error.is_transient()
                            && watch.failures < TRANSIENT_FAILURES_TOLERATED =>
                    {
                        watch.failures += 1;
                        tracing::warn!(%error, failures = watch.failures, "watching the queue: will look again");
                    }
                    Err(error) => {
                        watch.done = true;
                        return Some((Err(error), watch));
                    }
                    Ok(queue) => {
                        watch.failures = 0;
                        let seen = &mut watch.seen;
                        watch.pending = queue
                            .into_iter()
                            .filter(|i| seen.insert(i.id.clone()))
                            .rev()
                            .collect();
                    }
                }
            }
        })
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
