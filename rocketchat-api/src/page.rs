//! Paged lists: the [`Page`] of an answer (which field holds the items is the spec's
//! `x-page-items`), the [`Paged`] builders, and [`Items`], a list walked to its end.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use futures::Stream;

use crate::call::{run, Call};
use crate::Result;

/// A page of a paged list: the items, and where the page sits in the whole.
pub trait Page {
    /// What the list holds.
    type Item;
    /// The items of this page.
    fn items(&self) -> &[Self::Item];
    /// The items, by value.
    fn into_items(self) -> Vec<Self::Item>;
    /// How many items match in all, when the server says.
    fn total(&self) -> Option<i64>;
    /// Where this page starts, when the server says.
    fn offset(&self) -> Option<i64>;
}

/// The builder of a paged operation (one whose answer is a [`Page`]): it can be moved along
/// the list.
pub trait Paged<'a>: Call<'a, Output: Page> + Clone {
    /// The `offset` and `count` set on the builder, if any.
    fn position(&self) -> (Option<i64>, Option<i64>);
    /// The builder for the page at `offset`, of `count` items when given.
    fn at(self, offset: i64, count: Option<i64>) -> Self;
}

/// The items of a paged list, fetched page by page as the stream is polled: from the
/// builder's `offset` (0 unless set), `count` per call (the server's default, 50, unless
/// set), until a page comes back empty or `total` is reached. The total is known once the
/// first page has arrived. It is `Unpin`, so `next()`/`try_next()` work without pinning.
///
/// ```no_run
/// # async fn demo(api: rocketchat_api::Client) -> rocketchat_api::Result<()> {
/// use futures::TryStreamExt;
/// let mut rooms = api.list_rooms().open(true).count(50).stream();
/// while let Some(room) = rooms.try_next().await? {
///     println!("{} of {:?}: {}", room.id, rooms.total(), room.fname);
/// }
/// # Ok(()) }
/// ```
pub struct Items<'a, T> {
    inner: Pin<Box<dyn Stream<Item = Result<T>> + Send + 'a>>,
    total: Arc<AtomicI64>,
}

impl<T> Items<'_, T> {
    /// How many items the list has in all, once the first page has arrived.
    pub fn total(&self) -> Option<u64> {
        u64::try_from(self.total.load(Ordering::Relaxed)).ok()
    }
}

impl<T> std::fmt::Debug for Items<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Items")
            .field("total", &self.total())
            .finish_non_exhaustive()
    }
}

impl<T> Stream for Items<'_, T> {
    type Item = Result<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<'a, T: Send + 'a> Items<'a, T> {
    /// Walks pages fetched by `fetch(offset)`, starting at `offset`, until a page is empty or
    /// `total` is reached.
    pub(crate) fn walk<P, F, Fut>(offset: i64, fetch: F) -> Self
    where
        P: Page<Item = T> + Send + 'a,
        F: FnMut(i64) -> Fut + Send + 'a,
        Fut: std::future::Future<Output = Result<P>> + Send + 'a,
    {
        let total = Arc::new(AtomicI64::new(-1));
        struct Walk<F, T> {
            fetch: F,
            offset: i64,
            buffer: VecDeque<T>,
            done: bool,
        }
        let start = Walk {
            fetch,
            offset,
            buffer: VecDeque::new(),
            done: false,
        };
        let seen_total = total.clone();
        let inner = futures::stream::unfold(start, move |mut walk| {
            let seen_total = seen_total.clone();
            async move {
                loop {
                    if let Some(item) = walk.buffer.pop_front() {
                        return Some((Ok(item), walk));
                    }
                    if walk.done {
                        return None;
                    }
                    match (walk.fetch)(walk.offset).await {
                        Err(error) => {
                            walk.done = true;
                            return Some((Err(error), walk));
                        }
                        Ok(page) => {
                            let total = page.total();
                            if let Some(total) = total {
                                seen_total.store(total, Ordering::Relaxed);
                            }
                            let items = page.into_items();
                            walk.offset += items.len() as i64;
                            walk.done = items.is_empty() || total.is_some_and(|t| walk.offset >= t);
                            walk.buffer.extend(items);
                        }
                    }
                }
            }
        });
        Items {
            inner: Box::pin(inner),
            total,
        }
    }
}

/// Every item of the list `builder` asks for (see [`Items`]).
pub fn walk<'a, B>(builder: B) -> Items<'a, <B::Output as Page>::Item>
where
    B: Paged<'a>,
    B::Output: Page + Send + 'a,
    <B::Output as Page>::Item: Send + 'a,
{
    let (offset, count) = builder.position();
    Items::walk(offset.unwrap_or(0).max(0), move |offset| {
        run(builder.clone().at(offset, count))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::TryStreamExt;

    struct Numbers {
        items: Vec<i64>,
        total: Option<i64>,
    }

    impl Page for Numbers {
        type Item = i64;
        fn items(&self) -> &[i64] {
            &self.items
        }
        fn into_items(self) -> Vec<i64> {
            self.items
        }
        fn total(&self) -> Option<i64> {
            self.total
        }
        fn offset(&self) -> Option<i64> {
            None
        }
    }

    fn source(
        len: i64,
        size: i64,
        report_total: bool,
    ) -> impl FnMut(i64) -> futures::future::Ready<Result<Numbers>> + Send {
        move |offset| {
            futures::future::ready(Ok(Numbers {
                items: (offset..(offset + size).min(len)).collect(),
                total: report_total.then_some(len),
            }))
        }
    }

    #[tokio::test]
    async fn walks_every_item_once_whatever_the_page_size() {
        for (len, size) in [(0, 3), (1, 3), (7, 3), (9, 3), (100, 100), (101, 100)] {
            for report_total in [true, false] {
                let items = Items::walk(0, source(len, size, report_total));
                let got: Vec<i64> = items.try_collect().await.unwrap();
                assert_eq!(got, (0..len).collect::<Vec<_>>(), "len {len} size {size}");
            }
        }
    }

    #[tokio::test]
    async fn starts_at_the_offset_and_knows_the_total_after_the_first_page() {
        let mut items = Items::walk(3, source(5, 2, true));
        assert_eq!(items.total(), None);
        assert_eq!(items.try_next().await.unwrap(), Some(3));
        assert_eq!(items.total(), Some(5));
        assert_eq!(items.try_collect::<Vec<_>>().await.unwrap(), vec![4]);
    }

    #[tokio::test]
    async fn an_error_ends_the_walk() {
        let mut calls = 0;
        let mut items = Items::<i64>::walk(0, move |_| {
            calls += 1;
            futures::future::ready(if calls == 1 {
                Ok(Numbers {
                    items: vec![1],
                    total: None,
                })
            } else {
                Err(crate::Error::Config("gone".into()))
            })
        });
        assert_eq!(items.try_next().await.unwrap(), Some(1));
        assert!(items.try_next().await.is_err());
        assert!(items.try_next().await.unwrap().is_none());
    }
}
