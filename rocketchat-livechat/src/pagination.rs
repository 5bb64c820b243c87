//! Walking a paged list to its end as a stream of items.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use futures::Stream;
use rocketchat_api::Page;

use crate::error::Result;
use crate::Client;

/// The items of a paged list, fetched page by page as the stream is polled. The total is
/// known once the first page has arrived.
///
/// ```no_run
/// # async fn demo(client: rocketchat_livechat::Client) -> rocketchat_livechat::Result<()> {
/// use futures::TryStreamExt;
/// let mut rooms = client.rooms().stream(50, |q| q.open(true));
/// while let Some(room) = rooms.try_next().await? {
///     println!("{} of {:?}: {}", room.id, rooms.total(), room.fname);
/// }
/// # Ok(()) }
/// ```
pub struct Items<T> {
    inner: Pin<Box<dyn Stream<Item = Result<T>> + Send>>,
    total: Arc<AtomicI64>,
}

impl<T> Items<T> {
    /// How many items the list has in all, once the first page has arrived.
    pub fn total(&self) -> Option<u64> {
        u64::try_from(self.total.load(Ordering::Relaxed)).ok()
    }
}

impl<T> Stream for Items<T> {
    type Item = Result<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

/// Fetches one page: the client, the offset, the page size.
pub(crate) type FetchPage<P> =
    Arc<dyn Fn(Client, i64, i64) -> BoxFuture<'static, Result<P>> + Send + Sync>;

struct Walk<P: Page> {
    client: Client,
    fetch: FetchPage<P>,
    page_size: i64,
    offset: i64,
    buffer: VecDeque<P::Item>,
    done: bool,
    total: Arc<AtomicI64>,
}

/// Walks `offset` from 0 by the size of each page until a page is empty or `total` is reached.
pub(crate) fn walk<P>(client: Client, page_size: u32, fetch: FetchPage<P>) -> Items<P::Item>
where
    P: Page + Send + 'static,
    P::Item: Send + 'static,
{
    let total = Arc::new(AtomicI64::new(-1));
    let start = Walk {
        client,
        fetch,
        page_size: i64::from(page_size.max(1)),
        offset: 0,
        buffer: VecDeque::new(),
        done: false,
        total: total.clone(),
    };
    let inner = futures::stream::unfold(start, |mut walk| async move {
        loop {
            if let Some(item) = walk.buffer.pop_front() {
                return Some((Ok(item), walk));
            }
            if walk.done {
                return None;
            }
            match (walk.fetch)(walk.client.clone(), walk.offset, walk.page_size).await {
                Err(error) => {
                    walk.done = true;
                    return Some((Err(error), walk));
                }
                Ok(page) => {
                    if let Some(total) = page.total() {
                        walk.total.store(total, Ordering::Relaxed);
                    }
                    let total = page.total();
                    let items = page.into_items();
                    walk.offset += items.len() as i64;
                    walk.done = items.is_empty() || total.is_some_and(|t| walk.offset >= t);
                    walk.buffer.extend(items);
                }
            }
        }
    });
    Items {
        inner: Box::pin(inner),
        total,
    }
}

/// Defines, on an area handle with a `client` field, a method that fetches one page of a paged
/// operation and one that walks all its pages. `filter` sets the generated builder's query;
/// `self` fields named after `;` (cloned) are passed to `prepare` first, e.g. to fill a path
/// parameter; `client` names none in particular, for a preparation that needs no field (a
/// query key the server requires, given its neutral value).
macro_rules! paged {
    (
        $(#[$list_doc:meta])* $list:ident, $stream:ident: $op:ident, $builder:ident -> $page:ident of $item:ident
        $(; $field:ident => |$b:ident| $prepare:expr)?
    ) => {
        $(#[$list_doc])*
        pub async fn $list<F>(&self, filter: F) -> $crate::Result<rocketchat_api::types::$page>
        where
            F: for<'a> FnOnce(rocketchat_api::builder::$builder<'a>) -> rocketchat_api::builder::$builder<'a>,
        {
            $(#[allow(unused_variables)] let $field = self.$field.clone();)?
            let api = self.client.api();
            let request = api.$op();
            $(let request = { let $b = request; $prepare };)?
            self.client.call(stringify!($op), filter(request).send()).await
        }

        /// Every item of
        #[doc = concat!("[`", stringify!($list), "`](Self::", stringify!($list), ")")]
        /// matching `filter`, walked page by page (`page_size` per call).
        pub fn $stream<F>(&self, page_size: u32, filter: F) -> $crate::Items<rocketchat_api::types::$item>
        where
            F: for<'a> Fn(rocketchat_api::builder::$builder<'a>) -> rocketchat_api::builder::$builder<'a>
                + Send
                + Sync
                + 'static,
        {
            $(#[allow(unused_variables)] let $field = self.$field.clone();)?
            let filter = ::std::sync::Arc::new(filter);
            let fetch: $crate::pagination::FetchPage<rocketchat_api::types::$page> =
                ::std::sync::Arc::new(move |client, offset, count| {
                    let filter = filter.clone();
                    $(#[allow(unused_variables)] let $field = $field.clone();)?
                    Box::pin(async move {
                        let api = client.api();
                        let request = api.$op();
                        $(let request = { let $b = request; $prepare };)?
                        let request = filter(request).offset(offset).count(count);
                        client.call(stringify!($op), request.send()).await
                    })
                });
            $crate::pagination::walk(self.client.clone(), page_size, fetch)
        }
    };
}
pub(crate) use paged;

#[cfg(test)]
mod tests {
    use super::*;
    use futures::TryStreamExt;

    #[derive(Debug)]
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

    fn client() -> Client {
        Client::builder()
            .base_url("http://127.0.0.1:9")
            .build()
            .unwrap()
    }

    fn source(len: i64, report_total: bool) -> FetchPage<Numbers> {
        Arc::new(move |_, offset, count| {
            let items: Vec<i64> = (offset..(offset + count).min(len)).collect();
            Box::pin(async move {
                Ok(Numbers {
                    items,
                    total: report_total.then_some(len),
                })
            })
        })
    }

    #[tokio::test]
    async fn walks_every_item_once_whatever_the_page_size() {
        for (len, size) in [(0, 3), (1, 3), (7, 3), (9, 3), (100, 100), (101, 100)] {
            for report_total in [true, false] {
                let items = walk(client(), size, source(len, report_total));
                let got: Vec<i64> = items.try_collect().await.unwrap();
                assert_eq!(got, (0..len).collect::<Vec<_>>(), "len {len} size {size}");
            }
        }
    }

    #[tokio::test]
    async fn total_is_known_after_the_first_page() {
        let mut items = walk(client(), 2, source(5, true));
        assert_eq!(items.total(), None);
        items.try_next().await.unwrap();
        assert_eq!(items.total(), Some(5));
    }
}
