//! What the server's message hooks keep on a livechat room as its messages come in: the
//! room's `metrics` (response and reaction times), `responseBy`, `waitingResponse`,
//! `v.lastMessageTs` and `v.activity`.
//!
//! Each new message runs the `afterOmnichannelSaveMessage` callbacks of
//! `apps/meteor/app/livechat/server/hooks/` (8.x) against the room as it was before it:
//! `markRoomResponded` (an agent's message: `v.activity`, `responseBy`, `waitingResponse`
//! unset), `saveAnalyticsData` (the metrics, through `LivechatRooms`'
//! `getAnalyticsUpdateQueryBySentByAgent` / `BySentByVisitor`), `markRoomNotResponded` (a
//! visitor's message: `waitingResponse`, `responseBy` unset) and `saveLastVisitorMessageTs`.
//! System messages (`t`) and edits run none of them.

use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};

use super::dates::iso;

/// The room's running totals, as the hooks above `$set` and `$inc` them.
#[derive(Debug, Clone)]
pub(crate) struct RoomMetrics {
    /// `waitingResponse`: true from the room's creation and after each visitor message that
    /// follows an answer; unset by the agent's answer.
    waiting_response: bool,
    /// `responseBy`: who answered the visitor's last question, and when.
    response_by: Option<ResponseBy>,
    /// `metrics.v.lq`: the visitor's last question (its first message after an answer).
    visitor_last_query: Option<DateTime<Utc>>,
    /// `metrics.servedBy.lr`: the agent's last reply (the first after a question).
    agent_last_reply: Option<DateTime<Utc>>,
    /// `metrics.response`: `avg`, `total`, `tt`, and `fd`/`ft` of the first answer.
    response: Option<Times>,
    /// `metrics.reaction`: `tt`, and `fd`/`ft` of the first answer.
    reaction: Option<Times>,
    /// `v.lastMessageTs`: the visitor's last message.
    visitor_last_message: Option<DateTime<Utc>>,
    /// `v.activity`: the months (`YYYY-MM`) in which an agent answered.
    activity: Vec<String>,
}

#[derive(Debug, Clone)]
struct ResponseBy {
    id: String,
    username: String,
    first_response: DateTime<Utc>,
    last_message: DateTime<Utc>,
}

#[derive(Debug, Clone, Default)]
struct Times {
    avg: Option<f64>,
    total: Option<i64>,
    tt: f64,
    first: Option<(DateTime<Utc>, f64)>,
}

impl Default for RoomMetrics {
    fn default() -> Self {
        Self {
            // createLivechatRoom stores a new room as waiting for its first answer.
            waiting_response: true,
            response_by: None,
            visitor_last_query: None,
            agent_last_reply: None,
            response: None,
            reaction: None,
            visitor_last_message: None,
            activity: Vec::new(),
        }
    }
}

/// Seconds between two moments, as `(now.getTime() - start.getTime()) / 1000`.
fn seconds(from: DateTime<Utc>, to: DateTime<Utc>) -> f64 {
    (to - from).num_milliseconds() as f64 / 1000.0
}

impl RoomMetrics {
    /// A visitor's message at `ts`, in a room created at `room_ts`.
    pub fn visitor_message(&mut self, ts: DateTime<Utc>, room_ts: DateTime<Utc>) {
        // getAnalyticsUpdateQueryBySentByVisitor: a question only when it follows an answer.
        let last_query = self.visitor_last_query.unwrap_or(room_ts);
        let last_reply = self.agent_last_reply.unwrap_or(room_ts);
        if last_reply >= last_query {
            self.visitor_last_query = Some(ts);
        }
        // markRoomNotResponded.
        if !self.waiting_response {
            self.waiting_response = true;
            self.response_by = None;
        }
        // saveLastVisitorMessageTs.
        self.visitor_last_message = Some(ts);
    }

    /// A message at `ts` by the agent (or bot) `id`/`username`, in a room created at
    /// `room_ts` and served since `served_at`.
    pub fn agent_message(
        &mut self,
        (id, username): (&str, &str),
        ts: DateTime<Utc>,
        room_ts: DateTime<Utc>,
        served_at: Option<DateTime<Utc>>,
    ) {
        // markRoomResponded: the visitor is active this month; the answer is recorded.
        let month = ts.format("%Y-%m").to_string();
        if !self.activity.contains(&month) {
            self.activity.push(month);
        }
        if self.waiting_response {
            let previous = self.response_by.take();
            self.response_by = Some(ResponseBy {
                id: previous
                    .as_ref()
                    .map_or_else(|| id.to_owned(), |p| p.id.clone()),
                username: previous
                    .as_ref()
                    .map_or_else(|| username.to_owned(), |p| p.username.clone()),
                first_response: previous.as_ref().map_or(ts, |p| p.first_response),
                last_message: ts,
            });
            self.waiting_response = false;
        } else if let Some(response_by) = &mut self.response_by {
            response_by.last_message = ts;
        }

        // saveAnalyticsData's getAnalyticsData, with `now` the message's moment.
        let last_query = self.visitor_last_query.unwrap_or(room_ts);
        let last_reply = self.agent_last_reply.unwrap_or(room_ts);
        let joined = served_at.unwrap_or(room_ts);
        // The server's `agentLastReply === room.ts` holds exactly while no reply is stored.
        let analytics = if self.agent_last_reply.is_none() {
            let response_time = seconds(last_query, ts);
            Some((response_time, seconds(joined, ts), true))
        } else if last_query > last_reply {
            let response_time = seconds(last_query, ts);
            Some((response_time, response_time, false))
        } else {
            None
        };
        if let Some((response_time, reaction_time, first)) = analytics {
            let response = self.response.get_or_insert_with(Times::default);
            let count = response.total.unwrap_or(0);
            response.avg = Some((response.tt + response_time) / (count as f64 + 1.0));
            response.total = Some(count + 1);
            response.tt += response_time;
            let reaction = self.reaction.get_or_insert_with(Times::default);
            reaction.tt += reaction_time;
            // Only a first answer with a non-zero time sets the first dates.
            if first && response_time != 0.0 {
                response.first = Some((ts, response_time));
                reaction.first = Some((ts, reaction_time));
            }
        }
        if last_query > last_reply {
            self.agent_last_reply = Some(ts);
        }
    }

    /// Writes the room's fields: `metrics` (with `chatDuration` once closed), `responseBy`,
    /// `waitingResponse`, and the visitor's `lastMessageTs` and `activity` into `visitor`.
    pub fn write(&self, room: &mut Value, chat_duration: Option<f64>) {
        let mut metrics = Map::new();
        if let Some(duration) = chat_duration {
            metrics.insert("chatDuration".into(), json!(duration));
        }
        if let Some(lq) = self.visitor_last_query {
            metrics.insert("v".into(), json!({ "lq": iso(lq) }));
        }
        if let Some(lr) = self.agent_last_reply {
            metrics.insert("servedBy".into(), json!({ "lr": iso(lr) }));
        }
        if let Some(response) = &self.response {
            let mut value = json!({ "tt": response.tt });
            if let Some(avg) = response.avg {
                value["avg"] = json!(avg);
            }
            if let Some(total) = response.total {
                value["total"] = json!(total);
            }
            if let Some((fd, ft)) = response.first {
                value["fd"] = json!(iso(fd));
                value["ft"] = json!(ft);
            }
            metrics.insert("response".into(), value);
        }
        if let Some(reaction) = &self.reaction {
            let mut value = json!({ "tt": reaction.tt });
            if let Some((fd, ft)) = reaction.first {
                value["fd"] = json!(iso(fd));
                value["ft"] = json!(ft);
            }
            metrics.insert("reaction".into(), value);
        }
        if !metrics.is_empty() {
            room["metrics"] = Value::Object(metrics);
        }
        if self.waiting_response {
            room["waitingResponse"] = json!(true);
        }
        if let Some(by) = &self.response_by {
            room["responseBy"] = json!({
                "_id": by.id,
                "username": by.username,
                "firstResponseTs": iso(by.first_response),
                "lastMessageTs": iso(by.last_message),
            });
        }
        if let Some(ts) = self.visitor_last_message {
            room["v"]["lastMessageTs"] = json!(iso(ts));
        }
        if !self.activity.is_empty() {
            room["v"]["activity"] = json!(self.activity);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(seconds: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_780_000_000 + seconds, 0).unwrap()
    }

    #[test]
    fn a_question_and_two_answers_as_the_hooks_write_them() {
        let mut metrics = RoomMetrics::default();
        let (created, served) = (at(0), Some(at(2)));
        metrics.visitor_message(at(1), created);
        metrics.agent_message(("a1", "agent.smith"), at(5), created, served);
        // A second agent message before the visitor writes again: no new response time.
        metrics.agent_message(("a1", "agent.smith"), at(6), created, served);
        metrics.visitor_message(at(10), created);
        metrics.agent_message(("a1", "agent.smith"), at(14), created, served);

        let mut room = json!({"v": {"_id": "v1"}});
        metrics.write(&mut room, None);
        let m = &room["metrics"];
        // First answer: 4 s after the question, 3 s after the agent joined.
        assert_eq!(m["response"]["ft"], json!(4.0));
        assert_eq!(m["reaction"]["ft"], json!(3.0));
        assert_eq!(m["response"]["fd"], json!(iso(at(5))));
        assert_eq!(m["reaction"]["fd"], json!(iso(at(5))));
        // Two answers, 4 s and 4 s.
        assert_eq!(m["response"]["total"], json!(2));
        assert_eq!(m["response"]["tt"], json!(8.0));
        assert_eq!(m["response"]["avg"], json!(4.0));
        assert_eq!(m["reaction"]["tt"], json!(7.0));
        assert_eq!(m["v"]["lq"], json!(iso(at(10))));
        assert_eq!(m["servedBy"]["lr"], json!(iso(at(14))));
        // Answered: responseBy of the last question's answer, no waitingResponse.
        assert_eq!(room["responseBy"]["firstResponseTs"], json!(iso(at(14))));
        assert_eq!(room.get("waitingResponse"), None);
        assert_eq!(room["v"]["lastMessageTs"], json!(iso(at(10))));
        assert_eq!(
            room["v"]["activity"],
            json!([at(14).format("%Y-%m").to_string()])
        );
    }

    #[test]
    fn a_new_room_waits_and_a_visitor_message_unsets_the_answer() {
        let mut metrics = RoomMetrics::default();
        let mut room = json!({"v": {}});
        metrics.write(&mut room, Some(3.5));
        assert_eq!(room["waitingResponse"], json!(true));
        assert_eq!(room["metrics"], json!({"chatDuration": 3.5}));

        metrics.agent_message(("a1", "agent.smith"), at(3), at(0), None);
        metrics.visitor_message(at(4), at(0));
        let mut room = json!({"v": {}});
        metrics.write(&mut room, None);
        assert_eq!(room["waitingResponse"], json!(true));
        assert_eq!(room.get("responseBy"), None);
    }
}
