//! The agent's inbox: queued inquiries as they arrive, and taking the next one.

use std::collections::HashSet;
use std::time::Duration;

use futures::{Stream, StreamExt};
use rocketchat_api::types;

use crate::session::TRANSIENT_FAILURES_TOLERATED;
use crate::{Client, Inquiries};
use crate::{Error, Result};

impl<'a> Inquiries<'a> {
    /// Queued inquiries the logged-in agent may take, each once: first the queue as it is,
    /// then each inquiry as it arrives (optionally for one department).
    ///
    /// Arrivals are pushed over the realtime API (the `public` queue and the agent's
    /// departments, or the one department given) when the websocket can be reached; otherwise
    /// the queue is polled every `interval`, riding out up to 30 transient errors in a row.
    /// Ends with any other error.
    ///
    /// ```no_run
    /// # async fn demo(client: rocketchat_livechat::Client) -> rocketchat_livechat::Result<()> {
    /// use futures::TryStreamExt;
    /// let inquiries = client.inquiries();
    /// let mut queue = std::pin::pin!(inquiries.watch(None, std::time::Duration::from_secs(7)));
    /// while let Some(inquiry) = queue.try_next().await? {
    ///     println!("{} is waiting", inquiry.name);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn watch(
        &self,
        department: Option<String>,
        interval: Duration,
    ) -> impl Stream<Item = Result<types::Inquiry>> + Send + 'static {
        let client = self.client.clone();
        futures::stream::once(async move {
            let inquiries = client.inquiries();
            #[cfg(feature = "realtime")]
            match inquiries.pushed(department.clone()).await {
                Ok(pushed) => return pushed,
                Err(error) => {
                    tracing::info!(%error, "watching the queue by polling: no realtime subscription")
                }
            }
            inquiries.polled(department, interval).boxed()
        })
        .flatten()
    }

    /// The push path of [`Inquiries::watch`].
    #[cfg(feature = "realtime")]
    async fn pushed(
        &self,
        department: Option<String>,
    ) -> Result<futures::stream::BoxStream<'static, Result<types::Inquiry>>> {
        let keys = match &department {
            Some(id) => vec![format!("department/{id}")],
            None => {
                // The `public` key carries only inquiries of no department; the agent's own
                // departments each have theirs.
                let mut keys = vec!["public".to_owned()];
                if let Some(me) = self.client.user_id() {
                    match self.client.agents().departments_of(&me).await {
                        Ok(departments) => keys.extend(
                            departments
                                .into_iter()
                                .filter_map(|d| d.department_id)
                                .map(|id| format!("department/{id}")),
                        ),
                        Err(error) => {
                            tracing::warn!(%error, "watching the queue: the agent's departments are unknown; following the public queue")
                        }
                    }
                }
                keys
            }
        };
        let events = self
            .client
            .realtime()
            .queue_on(keys, department.clone(), false)
            .await?;
        let mut seen = HashSet::new();
        let now: Vec<types::Inquiry> = self
            .queued_now(department.as_deref())
            .await?
            .into_iter()
            .filter(|i| seen.insert(i.id.clone()))
            .collect();
        let live = futures::stream::unfold((events, seen), |(mut events, mut seen)| async move {
            loop {
                match events.next().await? {
                    Ok(event) => {
                        let queued = event.status == types::InquiryStatus::Queued;
                        if event.type_ == types::InquiryChangeType::Removed
                            || !queued
                            || !seen.insert(event.id.clone())
                        {
                            continue;
                        }
                        let inquiry = serde_json::to_value(&event)
                            .and_then(serde_json::from_value::<types::Inquiry>);
                        match inquiry {
                            Ok(inquiry) => return Some((Ok(inquiry), (events, seen))),
                            Err(error) => {
                                tracing::warn!(%error, "watching the queue: skipped an event");
                            }
                        }
                    }
                    Err(error) => return Some((Err(error), (events, seen))),
                }
            }
        });
        Ok(futures::stream::iter(now.into_iter().map(Ok))
            .chain(live)
            .boxed())
    }

    /// The polling path of [`Inquiries::watch`].
    fn polled(
        &self,
        department: Option<String>,
        interval: Duration,
    ) -> impl Stream<Item = Result<types::Inquiry>> + Send + 'static {
        struct Watch {
            client: Client,
            department: Option<String>,
            seen: HashSet<String>,
            /// Popped from the back: stored newest first.
            pending: Vec<types::Inquiry>,
            started: bool,
            failures: u32,
            done: bool,
        }
        let start = Watch {
            client: self.client.clone(),
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
                    .client
                    .inquiries()
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
                        // Only what is queued now is remembered: the set stays as small as
                        // the queue.
                        let queued: HashSet<String> = queue.iter().map(|i| i.id.clone()).collect();
                        let fresh: Vec<types::Inquiry> = queue
                            .into_iter()
                            .filter(|i| !watch.seen.contains(&i.id))
                            .collect();
                        watch.seen = queued;
                        watch.pending = fresh.into_iter().rev().collect();
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

    /// The whole queue, oldest first, every page of it.
    pub(crate) async fn queued_now(&self, department: Option<&str>) -> Result<Vec<types::Inquiry>> {
        const PAGE: i64 = 100;
        let mut all = Vec::new();
        loop {
            let mut request = self
                .queued()
                .sort(rocketchat_api::Sort::asc("ts"))
                .count(PAGE)
                .offset(all.len() as i64);
            if let Some(department) = department {
                request = request.department(department);
            }
            let page = request.await?;
            let got = page.inquiries.len() as i64;
            let total = page.total;
            all.extend(page.inquiries);
            if got < PAGE || total.is_some_and(|total| all.len() as i64 >= total) {
                return Ok(all);
            }
        }
    }
}

fn taken_by_someone_else(error: &Error) -> bool {
    matches!(
        error.error_type(),
        Some("error-inquiry-taken" | "error-not-found")
    )
}
