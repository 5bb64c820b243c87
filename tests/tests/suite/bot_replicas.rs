//! Bots as replicas: two replicas of one bot share its rooms through a store (in memory, and
//! a real `redis-server`), one is killed in the middle, and every visitor message is answered
//! exactly once with none lost; during a store outage no room is taken and none is served twice.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rocketchat_livechat::replica::{Replica, ReplicaHandle, Turn};
use rocketchat_livechat::store::{DeliveryStore, MemoryStore, RedisStore};
use rocketchat_livechat::types::builder::VisitorInput;
use rocketchat_livechat::{Client, Error};
use rocketchat_testkit::LivechatServer;
use serde_json::json;
use tokio::task::JoinHandle;

use crate::webhook_replicas::Redis;

const BOT: &str = "support.bot";
const PASSWORD: &str = "pw";
/// A bound on every wait, so that a failing test fails instead of hanging.
const PATIENCE: Duration = Duration::from_secs(30);

/// What the handlers saw: each handled event's room, replica and message.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<(String, String, String)>>>);

impl Log {
    fn entries(&self) -> Vec<(String, String, String)> {
        self.0.lock().unwrap().clone()
    }

    fn rooms_seen(&self) -> HashSet<String> {
        self.entries().into_iter().map(|(rid, _, _)| rid).collect()
    }
}

struct Bot {
    server: LivechatServer,
    /// The bot's own client for checking (it serves nothing).
    reader: Client,
    visitors: Client,
    log: Log,
}

async fn bot(server: LivechatServer) -> Bot {
    // Twenty visitors from one address and two replicas answering at once: past the server's
    // per-route budget, which is not under test here.
    server.set_setting("API_Enable_Rate_Limiter", json!(false));
    server.add_agent(BOT, PASSWORD);
    let reader = server.client().unwrap();
    reader.login(BOT, PASSWORD).await.unwrap();
    let visitors = server.client().unwrap();
    Bot {
        server,
        reader,
        visitors,
        log: Log::default(),
    }
}

impl Bot {
    /// A replica named `name` on `store`, serving in a task of its own.
    async fn replica(
        &self,
        name: &str,
        store: Arc<dyn DeliveryStore>,
        lease: Duration,
    ) -> (JoinHandle<()>, ReplicaHandle) {
        let client = self.server.client().unwrap();
        client.login(BOT, PASSWORD).await.unwrap();
        let replica = Replica::new(client, store)
            .holder(name)
            .lease(lease)
            .claim_interval(Duration::from_millis(50))
            .store_timeout(Duration::from_millis(300));
        let handle = replica.handle();
        let log = self.log.clone();
        let task = tokio::spawn(async move {
            let served = replica
                .serve(move |turn: Turn| {
                    let log = log.clone();
                    async move {
                        if !turn.is_incoming_message() {
                            return Ok(());
                        }
                        let text = turn.event().message().map(|m| m.msg.clone());
                        let text = text.unwrap_or_default();
                        log.0.lock().unwrap().push((
                            turn.room_id().to_owned(),
                            turn.replica().to_owned(),
                            text.clone(),
                        ));
                        turn.reply(&format!("answer to {text}")).await?;
                        Ok::<_, Error>(())
                    }
                })
                .await;
            served.unwrap();
        });
        (task, handle)
    }

    /// Opens a chat for visitor `n` and sends its first question; the room's id.
    async fn chat(&self, n: usize) -> String {
        let visitor = self.visitors.visitor(format!("replica-visitor-{n}"));
        let room = visitor
            .start(VisitorInput::default().name(format!("Visitor {n}")))
            .await
            .unwrap();
        visitor.send(&room.id, &format!("q1 of {n}")).await.unwrap();
        room.id
    }

    async fn ask(&self, n: usize, rid: &str, question: usize) {
        let visitor = self.visitors.visitor(format!("replica-visitor-{n}"));
        visitor
            .send(rid, &format!("q{question} of {n}"))
            .await
            .unwrap();
    }

    /// Each visitor message of room `rid` with the number of answers it got.
    async fn answers(&self, rid: &str) -> Vec<(String, usize)> {
        let page = self
            .reader
            .api()
            .list_room_messages()
            .rid(rid)
            .count(500)
            .await
            .unwrap();
        let me = self.reader.user_id().unwrap();
        let mut answers: HashMap<String, usize> = HashMap::new();
        for message in &page.messages {
            if message.t.is_none() && message.u.id == me {
                if let Some(question) = message.msg.strip_prefix("answer to ") {
                    *answers.entry(question.to_owned()).or_default() += 1;
                }
            }
        }
        let mut questions: Vec<(String, usize)> = page
            .messages
            .iter()
            .filter(|m| m.t.is_none() && m.u.id != me)
            .map(|m| (m.msg.clone(), answers.get(&m.msg).copied().unwrap_or(0)))
            .collect();
        questions.sort();
        questions
    }

    /// Waits until every room in `rooms` has `questions` questions, each answered; then
    /// checks that each was answered exactly once.
    async fn all_answered(&self, rooms: &[String], questions: usize) {
        let waited = tokio::time::timeout(PATIENCE, async {
            loop {
                let mut done = true;
                for rid in rooms {
                    let answers = self.answers(rid).await;
                    done &= answers.len() == questions && answers.iter().all(|(_, n)| *n >= 1);
                }
                if done {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        })
        .await;
        for rid in rooms {
            let answers = self.answers(rid).await;
            assert!(
                waited.is_ok(),
                "not all answered in time: {rid}: {answers:?}"
            );
            for (question, n) in answers {
                assert_eq!(n, 1, "{rid}: {question:?} answered {n} times");
            }
        }
    }
}

/// Once a room was handled by a replica after another, the other never handles it again.
fn served_by_one_at_a_time(log: &Log) {
    let mut holders: HashMap<String, Vec<String>> = HashMap::new();
    for (rid, replica, _) in log.entries() {
        let seen = holders.entry(rid).or_default();
        if seen.last() != Some(&replica) {
            seen.push(replica);
        }
    }
    for (rid, seen) in holders {
        let distinct: HashSet<&String> = seen.iter().collect();
        assert_eq!(
            distinct.len(),
            seen.len(),
            "{rid} went back and forth: {seen:?}"
        );
    }
}

async fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    tokio::time::timeout(PATIENCE, async {
        while !done() {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .unwrap_or_else(|_| panic!("{what} within {PATIENCE:?}"));
}

/// Two replicas serve 20 chats; replica `a` is killed with rooms in hand, the visitors write
/// again at once, and `b` takes `a`'s rooms when their leases run out.
async fn a_killed_replica_s_rooms_are_taken_over(store: Arc<dyn DeliveryStore>, lease: Duration) {
    let bot = bot(LivechatServer::start().await.unwrap()).await;
    let (a, a_handle) = bot.replica("a", store.clone(), lease).await;
    // The first ten chats come while `a` is alone: it serves them all.
    let mut rooms = Vec::new();
    for n in 0..10 {
        rooms.push(bot.chat(n).await);
    }
    bot.all_answered(&rooms, 1).await;
    let (b, b_handle) = bot.replica("b", store, lease).await;
    for n in 10..20 {
        rooms.push(bot.chat(n).await);
    }
    bot.all_answered(&rooms, 1).await;
    let a_rooms = a_handle.serving();
    assert!(a_rooms.len() >= 10, "a serves its ten: {a_rooms:?}");
    // Killed: no lease released, no cursor written after this.
    a.abort();
    let _ = a.await;
    for (n, rid) in rooms.iter().enumerate() {
        bot.ask(n, rid, 2).await;
    }
    bot.all_answered(&rooms, 2).await;
    let mut b_rooms = b_handle.serving();
    b_rooms.sort();
    let mut all = rooms.clone();
    all.sort();
    assert_eq!(b_rooms, all, "b serves every room now");
    served_by_one_at_a_time(&bot.log);
    // Each visitor message was handed to a handler; a's rooms' second questions went to b.
    for rid in &a_rooms {
        let second = bot
            .log
            .entries()
            .into_iter()
            .find(|(r, _, text)| r == rid && text.starts_with("q2"));
        assert_eq!(second.map(|(_, replica, _)| replica), Some("b".to_owned()));
    }
    b.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_in_one_process_share_the_rooms_through_a_memory_store() {
    let store: Arc<dyn DeliveryStore> = Arc::new(MemoryStore::default());
    a_killed_replica_s_rooms_are_taken_over(store, Duration::from_millis(1000)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_on_redis_answer_every_message_once_when_one_is_killed() {
    let Some(redis) = Redis::start().await else {
        return;
    };
    // Each replica its own connection, as two processes would have.
    let store: Arc<dyn DeliveryStore> =
        Arc::new(RedisStore::open(&redis.url()).unwrap().prefix("bot-test:"));
    a_killed_replica_s_rooms_are_taken_over(store, Duration::from_millis(1000)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_store_outage_takes_no_room_and_serves_none_twice() {
    let Some(redis) = Redis::start().await else {
        return;
    };
    let lease = Duration::from_millis(1500);
    let bot = bot(LivechatServer::start().await.unwrap()).await;
    let open = || -> Arc<dyn DeliveryStore> {
        Arc::new(RedisStore::open(&redis.url()).unwrap().prefix("outage:"))
    };
    let (a, a_handle) = bot.replica("a", open(), lease).await;
    let (b, b_handle) = bot.replica("b", open(), lease).await;
    let mut rooms = Vec::new();
    for n in 0..4 {
        rooms.push(bot.chat(n).await);
    }
    bot.all_answered(&rooms, 1).await;
    let held = a_handle.serving().len() + b_handle.serving().len();
    assert_eq!(held, 4, "each room is served once");

    // Redis stops answering (the process is stopped, its data kept).
    redis.pause();
    wait_until("both replicas see the outage", || {
        !a_handle.store_available() && !b_handle.store_available()
    })
    .await;
    // A chat that comes now is not taken; the held rooms are let go before their leases end.
    rooms.push(bot.chat(4).await);
    wait_until("the held rooms are let go", || {
        a_handle.serving().is_empty() && b_handle.serving().is_empty()
    })
    .await;
    assert!(
        !bot.log.rooms_seen().contains(&rooms[4]),
        "no new room taken"
    );

    // Back: the rooms are taken again, and what the visitors wrote meanwhile is answered once.
    redis.unpause();
    for (n, rid) in rooms.iter().enumerate().take(4) {
        bot.ask(n, rid, 2).await;
    }
    bot.all_answered(&rooms[..4], 2).await;
    bot.all_answered(&rooms[4..], 1).await;
    wait_until("the store is back for both", || {
        a_handle.store_available() && b_handle.store_available()
    })
    .await;
    served_by_one_at_a_time(&bot.log);
    a.abort();
    b.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_handler_that_fails_after_replying_is_retried_and_answers_once() {
    let bot = bot(LivechatServer::start().await.unwrap()).await;
    let client = bot.server.client().unwrap();
    client.login(BOT, PASSWORD).await.unwrap();
    let store: Arc<dyn DeliveryStore> = Arc::new(MemoryStore::default());
    let replica = Replica::new(client, store)
        .lease(Duration::from_millis(1000))
        .claim_interval(Duration::from_millis(50));
    let handled: Arc<Mutex<Vec<String>>> = Arc::default();
    let seen = handled.clone();
    let task = tokio::spawn(replica.serve(move |turn: Turn| {
        let seen = seen.clone();
        async move {
            if !turn.is_incoming_message() {
                return Ok(());
            }
            let text = turn.event().message().unwrap().msg.clone();
            turn.reply(&format!("answer to {text}")).await?;
            let first = {
                let mut seen = seen.lock().unwrap();
                seen.push(text.clone());
                seen.iter().filter(|t| **t == text).count() == 1
            };
            // As a process that dies after answering and before the cursor is stored.
            if first {
                return Err(Error::Config("failed after answering".into()));
            }
            Ok(())
        }
    }));
    let rid = bot.chat(0).await;
    bot.ask(0, &rid, 2).await;
    // Each question is handled twice (the failure, then the retry) and answered once.
    wait_until("each question handled again", || {
        let handled = handled.lock().unwrap();
        ["q1 of 0", "q2 of 0"]
            .iter()
            .all(|question| handled.iter().filter(|t| t == question).count() >= 2)
    })
    .await;
    bot.all_answered(&[rid], 2).await;
    task.abort();
}
