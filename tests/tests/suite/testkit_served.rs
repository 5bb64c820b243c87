//! The operations the embedded server serves beyond the chat flows, each with its effect on
//! what other calls then see: the widget's appearance and `livechat/config`, room details and
//! what `livechat/room` and the webhook carry, departments and units, priorities and SLAs and
//! the queue's order, contacts, imports, avatars and the widget's realtime connection.

use std::time::Duration;

use futures::{SinkExt, StreamExt};
use rocketchat_testkit::LivechatServer;
use serde_json::{json, Value};

/// Someone calling the REST API: a user with its login headers, or nobody.
struct Caller {
    http: reqwest::Client,
    base: String,
    headers: Vec<(&'static str, String)>,
}

impl Caller {
    fn anonymous(server: &LivechatServer) -> Self {
        rocketchat_livechat::api::tls::prepare();
        Self {
            http: reqwest::Client::new(),
            base: server.url().to_owned(),
            headers: Vec::new(),
        }
    }

    async fn login(server: &LivechatServer, username: &str) -> Self {
        let mut caller = Self::anonymous(server);
        let (status, answer) = caller
            .call(
                "POST",
                "login",
                Some(json!({"user": username, "password": "pw"})),
            )
            .await;
        assert_eq!(status, 200, "{answer}");
        caller.headers = vec![
            (
                "X-User-Id",
                answer["data"]["userId"].as_str().unwrap().to_owned(),
            ),
            (
                "X-Auth-Token",
                answer["data"]["authToken"].as_str().unwrap().to_owned(),
            ),
        ];
        caller
    }

    async fn call(&self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = self
            .http
            .request(method, format!("{}/api/v1/{path}", self.base));
        for (name, value) in &self.headers {
            request = request.header(*name, value);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// A call that must succeed; its answer.
    async fn ok(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let (status, answer) = self.call(method, path, body).await;
        assert_eq!(status, 200, "{method} {path}: {answer}");
        answer
    }
}

/// A server with a manager and an agent, the agent taking chats from the queue.
async fn world() -> (LivechatServer, Caller, Caller) {
    let server = LivechatServer::start().await.unwrap();
    server.set_setting("Livechat_Routing_Method", json!("Manual_Selection"));
    server.set_setting("API_Enable_Rate_Limiter", json!(false));
    server.add_manager("manager.mary", "pw");
    server.add_agent("agent.smith", "pw");
    let manager = Caller::login(&server, "manager.mary").await;
    let agent = Caller::login(&server, "agent.smith").await;
    (server, manager, agent)
}

/// A visitor `token` named `name` with an open room (queued); the visitor's and the room's
/// ids.
async fn visitor_with_room(server: &LivechatServer, token: &str, name: &str) -> (String, String) {
    let anyone = Caller::anonymous(server);
    let visitor = anyone
        .ok(
            "POST",
            "livechat/visitor",
            Some(json!({"visitor": {"token": token, "name": name}})),
        )
        .await;
    let room = anyone
        .ok("GET", &format!("livechat/room?token={token}"), None)
        .await;
    (
        visitor["visitor"]["_id"].as_str().unwrap().to_owned(),
        room["room"]["_id"].as_str().unwrap().to_owned(),
    )
}

#[tokio::test]
async fn the_appearance_a_manager_saves_is_what_the_widget_gets() {
    let (server, manager, agent) = world().await;
    let appearance = manager.ok("GET", "livechat/appearance", None).await;
    let settings = appearance["appearance"].as_array().unwrap();
    assert_eq!(settings.len(), 25);
    let title = settings
        .iter()
        .find(|s| s["_id"] == "Livechat_title")
        .unwrap();
    assert_eq!(
        (&title["value"], &title["type"]),
        (&json!("Rocket.Chat"), &json!("string"))
    );
    // Agents may not: it takes view-livechat-manager.
    assert_eq!(agent.call("GET", "livechat/appearance", None).await.0, 403);

    manager
        .ok(
            "POST",
            "livechat/appearance",
            Some(json!([
                {"_id": "Livechat_title", "value": "Acme support"},
                {"_id": "Livechat_title_color", "value": "#004488"},
                {"_id": "Livechat_enable_message_character_limit", "value": "true"},
                {"_id": "Livechat_message_character_limit", "value": "280 letters"},
                {"_id": "Livechat_hide_system_messages", "value": ["uj", "not-a-type"]},
                {"_id": "Livechat_registration_form", "value": "yes"},
            ])),
        )
        .await;
    let config = Caller::anonymous(&server)
        .ok("GET", "livechat/config", None)
        .await;
    let config = &config["config"];
    assert_eq!(config["theme"]["title"], "Acme support");
    assert_eq!(config["theme"]["color"], "#004488");
    // `"true"` reads as on, `parseInt("280 letters")` is 280, a boolean that is neither
    // `true` nor `"true"` is off, and a multi-select with an unknown option is skipped.
    assert_eq!(config["settings"]["limitTextLength"], 280);
    assert_eq!(config["settings"]["registrationForm"], false);
    assert_eq!(
        config["settings"]["hiddenSystemMessages"],
        json!(["uj", "ul", "livechat-close"])
    );

    // An id outside the appearance list fails the whole call, as the server's plain Error.
    let (status, answer) = manager
        .call(
            "POST",
            "livechat/appearance",
            Some(
                json!([{"_id": "Livechat_title", "value": "x"}, {"_id": "Site_Url", "value": "x"}]),
            ),
        )
        .await;
    assert_eq!((status, &answer["error"]), (400, &json!("invalid-setting")));
    let config = Caller::anonymous(&server)
        .ok("GET", "livechat/config", None)
        .await;
    assert_eq!(config["config"]["theme"]["title"], "Acme support");
}

#[tokio::test]
async fn the_routing_config_follows_the_routing_method() {
    let (server, _manager, agent) = world().await;
    let manual = agent.ok("GET", "livechat/config/routing", None).await;
    assert_eq!(manual["config"]["previewRoom"], true);
    assert_eq!(manual["config"]["autoAssignAgent"], false);
    server.set_setting("Livechat_Routing_Method", json!("Auto_Selection"));
    let auto = agent.ok("GET", "livechat/config/routing", None).await;
    assert_eq!(
        auto["config"],
        json!({"previewRoom": false, "showConnecting": false, "showQueue": false,
            "showQueueLink": true, "returnQueue": false, "enableTriggerAction": true,
            "autoAssignAgent": true})
    );
    assert_eq!(
        Caller::anonymous(&server)
            .call("GET", "livechat/config/routing", None)
            .await
            .0,
        401
    );
}

#[tokio::test]
async fn room_details_saved_by_its_agent_show_on_the_room_and_in_the_webhook() {
    let (server, manager, agent) = world().await;
    manager
        .ok(
            "POST",
            "livechat/custom-fields.save",
            Some(
                json!({"customFieldId": null, "customFieldData": {"field": "order",
                "label": "Order", "scope": "room", "visibility": "visible", "regexp": "^[0-9]+$",
                "searchable": true, "type": "input", "required": false, "defaultValue": "",
                "options": "", "public": false}}),
            ),
        )
        .await;
    let (visitor, rid) = visitor_with_room(&server, "saveinfo-visitor", "Ada").await;
    let info = |topic: &str, order: &str| {
        json!({"guestData": {"_id": visitor, "name": "Ada Lovelace", "email": "ADA@example.com"},
            "roomData": {"_id": rid, "topic": topic, "tags": ["order", "refund"],
                "livechatData": {"order": order, "undefined-field": "dropped"}}})
    };
    // Not served by the agent yet: only managers (save-others-livechat-room-info) may.
    let (status, _) = agent
        .call("POST", "livechat/room.saveInfo", Some(info("Late", "42")))
        .await;
    assert_eq!(status, 403);
    let inquiry = agent
        .ok(
            "GET",
            &format!("livechat/inquiries.getOne?roomId={rid}"),
            None,
        )
        .await;
    agent
        .ok(
            "POST",
            "livechat/inquiries.take",
            Some(json!({"inquiryId": inquiry["inquiry"]["_id"]})),
        )
        .await;
    let (status, answer) = agent
        .call(
            "POST",
            "livechat/room.saveInfo",
            Some(info("Late", "forty-two")),
        )
        .await;
    assert_eq!(
        (status, &answer["error"]),
        (400, &json!("error-invalid-custom-field-value"))
    );
    agent
        .ok(
            "POST",
            "livechat/room.saveInfo",
            Some(info("Late delivery", "42")),
        )
        .await;
    let room = Caller::anonymous(&server)
        .ok(
            "GET",
            &format!("livechat/room?token=saveinfo-visitor&rid={rid}"),
            None,
        )
        .await;
    let room = &room["room"];
    assert_eq!(room["topic"], "Late delivery");
    assert_eq!(room["tags"], json!(["order", "refund"]));
    assert_eq!(room["livechatData"], json!({"order": "42"}));
    assert_eq!(room["fname"], "Ada Lovelace");
    let guest = agent
        .ok(
            "GET",
            &format!("livechat/visitors.info?visitorId={visitor}"),
            None,
        )
        .await;
    assert_eq!(
        guest["visitor"]["visitorEmails"],
        json!([{"address": "ada@example.com"}])
    );

    // A closed room's edit goes to the CRM (LivechatEdit); an open room's does not.
    let crm = httpmock::MockServer::start_async().await;
    let hook = crm
        .mock_async(|when, then| {
            when.path("/crm").body_includes("LivechatEdit");
            then.status(200);
        })
        .await;
    server.set_setting("Livechat_webhookUrl", json!(crm.url("/crm")));
    agent
        .ok(
            "POST",
            "livechat/room.closeByUser",
            Some(json!({"rid": rid, "comment": "Done"})),
        )
        .await;
    agent
        .ok(
            "POST",
            "livechat/room.saveInfo",
            Some(info("Refunded", "42")),
        )
        .await;
    crate::common::wait_for_attempts(&server, |attempts| {
        attempts.iter().any(|a| a.event_type == "LivechatEdit")
    })
    .await;
    hook.assert_async().await;
}

#[tokio::test]
async fn priorities_and_slas_order_the_queue_when_the_setting_says_so() {
    let (server, manager, agent) = world().await;
    let (_, first) = visitor_with_room(&server, "queue-first", "First").await;
    let (_, second) = visitor_with_room(&server, "queue-second", "Second").await;
    let queued = || async {
        let page = agent
            .ok("GET", "livechat/inquiries.queuedForUser", None)
            .await;
        page["inquiries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["rid"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(queued().await, [first.clone(), second.clone()], "by time");
    let priorities = manager.ok("GET", "livechat/priorities", None).await;
    let highest = priorities["priorities"][0]["_id"]
        .as_str()
        .unwrap()
        .to_owned();
    agent
        .ok(
            "POST",
            &format!("livechat/room/{second}/priority"),
            Some(json!({"priorityId": highest})),
        )
        .await;
    // The default mechanism (Timestamp) keeps the order.
    assert_eq!(queued().await, [first.clone(), second.clone()]);
    server.set_setting("Omnichannel_sorting_mechanism", json!("Priority"));
    assert_eq!(
        queued().await,
        [second.clone(), first.clone()],
        "by priority"
    );
    let inquiry = agent
        .ok(
            "GET",
            &format!("livechat/inquiries.getOne?roomId={second}"),
            None,
        )
        .await;
    assert_eq!(inquiry["inquiry"]["priorityId"], json!(highest));
    assert_eq!(inquiry["inquiry"]["priorityWeight"], 1);
    agent
        .ok("DELETE", &format!("livechat/room/{second}/priority"), None)
        .await;
    assert_eq!(queued().await, [first.clone(), second.clone()]);

    // An SLA: its due time becomes the waiting estimate, and the SLA mechanism orders by it.
    let sla = manager
        .ok(
            "POST",
            "livechat/sla",
            Some(json!({"name": "Gold", "dueTimeInMinutes": 15})),
        )
        .await;
    let sla = sla["sla"]["_id"].as_str().unwrap().to_owned();
    agent
        .ok(
            "PUT",
            "livechat/inquiry.setSLA",
            Some(json!({"roomId": second, "sla": "Gold"})),
        )
        .await;
    server.set_setting("Omnichannel_sorting_mechanism", json!("SLAs"));
    assert_eq!(queued().await, [second.clone(), first.clone()], "by SLA");
    manager
        .ok(
            "PUT",
            &format!("livechat/sla/{sla}"),
            Some(json!({"name": "Gold", "dueTimeInMinutes": 5})),
        )
        .await;
    let inquiry = agent
        .ok(
            "GET",
            &format!("livechat/inquiries.getOne?roomId={second}"),
            None,
        )
        .await;
    assert_eq!(inquiry["inquiry"]["estimatedWaitingTimeQueue"], 5);
    let history = manager
        .ok("GET", &format!("livechat/{second}/messages"), None)
        .await;
    let types: Vec<&str> = history["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["t"].as_str())
        .collect();
    assert!(
        types.contains(&"omnichannel_priority_change_history"),
        "{types:?}"
    );
    assert!(
        types.contains(&"omnichannel_sla_change_history"),
        "{types:?}"
    );
    // Only a queued inquiry takes an SLA.
    let inquiry_id = inquiry["inquiry"]["_id"].clone();
    agent
        .ok(
            "POST",
            "livechat/inquiries.take",
            Some(json!({"inquiryId": inquiry_id})),
        )
        .await;
    let (status, answer) = agent
        .call(
            "PUT",
            "livechat/inquiry.setSLA",
            Some(json!({"roomId": second, "sla": sla})),
        )
        .await;
    assert_eq!(
        (status, &answer["error"]),
        (400, &json!("error-invalid-inquiry"))
    );
    // The queue page counts the open chats each available agent serves.
    let queue = manager.ok("GET", "livechat/queue", None).await;
    assert_eq!(queue["total"], 1);
    assert_eq!(queue["queue"][0]["chats"], 1);
    assert_eq!(queue["queue"][0]["user"]["username"], "agent.smith");
    assert_eq!(queue["queue"][0]["department"], json!({}));
}

#[tokio::test]
async fn departments_are_updated_archived_listed_and_grouped_in_units() {
    let (server, manager, _agent) = world().await;
    let monitor = server.add_user("mon.ted", "pw");
    let sales = server.add_department("Sales", &[]);
    let support = server.add_department("Support", &[]);
    let department = |name: &str| {
        json!({"department": {"enabled": true, "name": name, "email": "d@example.com",
            "showOnRegistration": true, "showOnOfflineForm": true}})
    };
    let updated = manager
        .ok(
            "PUT",
            &format!("livechat/department/{sales}"),
            Some(department("Sales EMEA")),
        )
        .await;
    assert_eq!(updated["department"]["name"], "Sales EMEA");
    let (status, answer) = manager
        .call("PUT", "livechat/department/nope", Some(department("X")))
        .await;
    assert_eq!(
        (status, &answer["errorType"]),
        (400, &json!("error-department-not-found"))
    );
    let found = manager
        .ok(
            "GET",
            "livechat/department.autocomplete?selector=%7B%22term%22%3A%22emea%22%7D",
            None,
        )
        .await;
    assert_eq!(
        found["items"],
        json!([{"_id": sales, "name": "Sales EMEA"}])
    );
    let by_ids = manager
        .ok(
            "GET",
            &format!("livechat/department.listByIds?ids[]={support}&ids[]={sales}"),
            None,
        )
        .await;
    assert_eq!(by_ids["departments"].as_array().unwrap().len(), 2);
    manager
        .ok(
            "POST",
            &format!("livechat/department/{support}/archive"),
            Some(json!({})),
        )
        .await;
    let archived = manager
        .ok("GET", "livechat/departments/archived", None)
        .await;
    assert_eq!(archived["total"], 1);
    assert_eq!(archived["departments"][0]["_id"], json!(support));

    // A unit with a monitor and a department; the department then lists it as ancestor.
    manager
        .ok(
            "POST",
            "livechat/monitors.create",
            Some(json!({"username": "mon.ted"})),
        )
        .await;
    let unit = manager
        .ok(
            "POST",
            "livechat/units",
            Some(
                json!({"unitData": {"name": "Europe", "visibility": "public"},
                "unitMonitors": [{"monitorId": monitor.id, "username": "mon.ted"}],
                "unitDepartments": [{"departmentId": sales}]}),
            ),
        )
        .await;
    let unit = unit["_id"].as_str().unwrap().to_owned();
    let got = manager
        .ok("GET", &format!("livechat/units/{unit}"), None)
        .await;
    assert_eq!(
        (&got["name"], &got["numMonitors"]),
        (&json!("Europe"), &json!(1))
    );
    let monitors = manager
        .ok("GET", &format!("livechat/units/{unit}/monitors"), None)
        .await;
    assert_eq!(monitors["monitors"][0]["username"], "mon.ted");
    let members = manager
        .ok("GET", &format!("livechat/units/{unit}/departments"), None)
        .await;
    assert_eq!(members["departments"][0]["_id"], json!(sales));
    // Moving Sales out of the unit by an update that names no unit.
    manager
        .ok(
            "PUT",
            &format!("livechat/department/{sales}"),
            Some(department("Sales EMEA")),
        )
        .await;
    let members = manager
        .ok("GET", &format!("livechat/units/{unit}/departments"), None)
        .await;
    assert_eq!(members["total"], 0);
    let available = manager
        .ok(
            "GET",
            &format!("livechat/units/{unit}/departments/available"),
            None,
        )
        .await;
    assert_eq!(available["total"], 2);
    // An unknown unit is a bare success, as the server's success(null).
    let unknown = manager.ok("GET", "livechat/units/nope", None).await;
    assert_eq!(unknown, json!({"success": true}));
    let monitor = manager.ok("GET", "livechat/monitors/mon.ted", None).await;
    assert_eq!(monitor["username"], "mon.ted");
    let (status, answer) = manager.call("GET", "livechat/monitors/nobody", None).await;
    assert_eq!((status, &answer["error"]), (400, &json!("invalid-user")));
}

#[tokio::test]
async fn closed_rooms_are_removed_one_or_all() {
    let (server, manager, agent) = world().await;
    let (_, open) = visitor_with_room(&server, "remove-open", "Open").await;
    let (_, closed) = visitor_with_room(&server, "remove-closed", "Closed").await;
    let (_, also_closed) = visitor_with_room(&server, "remove-also", "Also").await;
    for rid in [&closed, &also_closed] {
        manager
            .ok(
                "POST",
                "livechat/room.closeByUser",
                Some(json!({"rid": rid})),
            )
            .await;
    }
    // Agents have no remove-closed-livechat-room.
    assert_eq!(
        agent
            .call(
                "POST",
                "livechat/rooms.delete",
                Some(json!({"roomId": closed}))
            )
            .await
            .0,
        403
    );
    let (status, answer) = manager
        .call(
            "POST",
            "livechat/rooms.delete",
            Some(json!({"roomId": open})),
        )
        .await;
    assert_eq!(
        (status, &answer["error"]),
        (400, &json!("Room is not closed"))
    );
    manager
        .ok(
            "POST",
            "livechat/rooms.delete",
            Some(json!({"roomId": closed})),
        )
        .await;
    let removed = manager
        .ok(
            "POST",
            "livechat/rooms.removeAllClosedRooms",
            Some(json!({})),
        )
        .await;
    assert_eq!(removed["removedRooms"], 1);
    let rooms = manager.ok("GET", "livechat/rooms", None).await;
    assert_eq!(rooms["total"], 1);
    let filters = agent.ok("GET", "livechat/rooms/filters", None).await;
    assert_eq!(filters["filters"], json!([{"type": "api"}]));
}

#[tokio::test]
async fn imported_messages_land_in_the_visitors_room() {
    let (server, manager, _agent) = world().await;
    let (_, rid) = visitor_with_room(&server, "import-visitor", "Ada").await;
    let imported = manager
        .ok(
            "POST",
            "livechat/messages",
            Some(json!({"visitor": {"token": "import-visitor"},
                "messages": [{"msg": "From the old system"}, {"msg": "Second"}]})),
        )
        .await;
    assert_eq!(imported["messages"][1]["msg"], "Second");
    let history = Caller::anonymous(&server)
        .ok(
            "GET",
            &format!("livechat/messages.history/{rid}?token=import-visitor"),
            None,
        )
        .await;
    let texts: Vec<&str> = history["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["msg"].as_str())
        .collect();
    assert!(texts.contains(&"From the old system"), "{texts:?}");
    // An unknown token: the visitor is registered, and the call still fails, as the server's
    // route reads the visitor it looked up before registering.
    let (status, answer) = manager
        .call(
            "POST",
            "livechat/messages",
            Some(json!({"visitor": {"token": "import-new", "name": "New"},
                "messages": [{"msg": "Hello"}]})),
        )
        .await;
    assert_eq!(
        (status, &answer["error"]),
        (400, &json!("error-invalid-token"))
    );
    let visitor = Caller::anonymous(&server)
        .ok("GET", "livechat/visitor/import-new", None)
        .await;
    assert_eq!(visitor["visitor"]["name"], "New");
    let found = manager
        .ok(
            "GET",
            "livechat/visitors.autocomplete?selector=%7B%22term%22%3A%22ad%22%7D",
            None,
        )
        .await;
    assert_eq!(found["items"][0]["name"], "Ada");
}

#[tokio::test]
async fn contacts_are_checked_registered_and_searched() {
    let (_server, manager, agent) = world().await;
    let created = agent
        .ok(
            "POST",
            "omnichannel/contacts",
            Some(
                json!({"name": "Grace", "emails": ["grace@example.com"], "phones": ["+15550100"]}),
            ),
        )
        .await;
    let contact = created["contactId"].as_str().unwrap().to_owned();
    for (query, exists) in [
        (format!("contactId={contact}"), true),
        ("email=grace@example.com".to_owned(), true),
        ("phone=%2B15550100".to_owned(), true),
        ("email=nobody@example.com".to_owned(), false),
    ] {
        let answer = agent
            .ok(
                "GET",
                &format!("omnichannel/contacts.checkExistence?{query}"),
                None,
            )
            .await;
        assert_eq!(answer["exists"], exists, "{query}");
    }
    let (status, _) = agent
        .call(
            "GET",
            &format!("omnichannel/contacts.checkExistence?contactId={contact}&email=x@y.z"),
            None,
        )
        .await;
    assert_eq!(status, 400, "exactly one criterion");
    let channels = agent
        .ok(
            "GET",
            &format!("omnichannel/contacts.channels?contactId={contact}"),
            None,
        )
        .await;
    assert_eq!(channels["channels"], json!([]));
    let (status, answer) = agent
        .call(
            "POST",
            "omnichannel/contacts.conflicts",
            Some(json!({"contactId": contact, "name": "Grace Hopper"})),
        )
        .await;
    assert_eq!(
        (status, &answer["error"]),
        (400, &json!("error-contact-has-no-conflicts"))
    );

    // The visitor-based API: a contact is a visitor.
    let registered = agent
        .ok(
            "POST",
            "omnichannel/contact",
            Some(
                json!({"token": "legacy-contact", "name": "Alan", "email": "Alan@Example.com",
                "phone": "+15550199"}),
            ),
        )
        .await;
    let id = registered["contact"].as_str().unwrap().to_owned();
    let got = agent
        .ok("GET", &format!("omnichannel/contact?contactId={id}"), None)
        .await;
    assert_eq!(got["contact"]["name"], "Alan");
    let found = agent
        .ok(
            "GET",
            "omnichannel/contact.search?email=alan@example.com",
            None,
        )
        .await;
    assert_eq!(found["contact"]["_id"], json!(id));
    let (status, answer) = agent.call("GET", "omnichannel/contact.search", None).await;
    assert_eq!(
        (status, &answer["errorType"]),
        (400, &json!("error-invalid-params"))
    );
    let none = manager
        .ok("GET", "omnichannel/contact?contactId=nobody", None)
        .await;
    assert_eq!(none["contact"], Value::Null);
}

#[tokio::test]
async fn an_agents_own_chat_limit_caps_what_routing_gives_it() {
    let server = LivechatServer::start().await.unwrap();
    server.set_setting("API_Enable_Rate_Limiter", json!(false));
    // An administrator, who takes no chats (a manager is an agent too).
    server.add_admin("admin", "pw");
    let smith = server.add_agent("agent.smith", "pw");
    let sales = server.add_department("Sales", &[]);
    let manager = Caller::login(&server, "admin").await;
    manager
        .ok(
            "POST",
            "livechat/agents.saveInfo",
            Some(
                json!({"agentId": smith.id, "agentData": {"maxNumberSimultaneousChat": 1},
                "agentDepartments": [sales]}),
            ),
        )
        .await;
    let agents = manager
        .ok("GET", &format!("livechat/department/{sales}/agents"), None)
        .await;
    assert_eq!(agents["agents"][0]["username"], "agent.smith");
    let user = manager
        .ok("GET", &format!("livechat/users/agent/{}", smith.id), None)
        .await;
    assert_eq!(user["user"]["livechat"]["maxNumberSimultaneousChat"], 1);
    let (_, first) = visitor_with_room(&server, "limit-first", "First").await;
    let (_, second) = visitor_with_room(&server, "limit-second", "Second").await;
    let anyone = Caller::anonymous(&server);
    let room = |token: &str, rid: &str| {
        let path = format!("livechat/room?token={token}&rid={rid}");
        let anyone = &anyone;
        async move { anyone.ok("GET", &path, None).await }
    };
    assert_eq!(
        room("limit-first", &first).await["room"]["servedBy"]["username"],
        "agent.smith"
    );
    assert_eq!(
        room("limit-second", &second).await["room"]["servedBy"],
        Value::Null
    );
    let (status, answer) = manager
        .call(
            "POST",
            "livechat/agents.saveInfo",
            Some(json!({"agentId": "nobody", "agentData": {}, "agentDepartments": []})),
        )
        .await;
    assert_eq!(
        (status, &answer["error"]),
        (400, &json!("error-user-is-not-agent"))
    );
}

#[tokio::test]
async fn avatars_are_the_servers_letters() {
    let (server, _manager, _agent) = world().await;
    let (_, rid) = visitor_with_room(&server, "avatar-visitor", "Zoe").await;
    let http = reqwest::Client::new();
    let get = |path: String, since: Option<&'static str>| {
        let mut request = http.get(format!("{}{path}", server.url()));
        if let Some(since) = since {
            request = request.header("If-Modified-Since", since);
        }
        async move { request.send().await.unwrap() }
    };
    let answer = get("/avatar/agent.smith?size=64".into(), None).await;
    assert_eq!(answer.status(), 200);
    assert_eq!(answer.headers()["content-type"], "image/svg+xml");
    assert_eq!(answer.headers()["cache-control"], "public, max-age=3600");
    let modified = answer.headers()["last-modified"]
        .to_str()
        .unwrap()
        .to_owned();
    let svg = answer.text().await.unwrap();
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"),
        "{svg}"
    );
    assert!(
        svg.contains("fill=\"#6C727A\"") && svg.contains("\nA\n"),
        "{svg}"
    );
    // The fallback's date sent back: not modified.
    let again = get(
        "/avatar/agent.smith".into(),
        Some("Thu, 01 Jan 2015 00:00:00 GMT"),
    )
    .await;
    assert_eq!(
        (again.status().as_u16(), modified.as_str()),
        (304, "Thu, 01 Jan 2015 00:00:00 GMT")
    );
    let room = get(format!("/avatar/room/{rid}"), None).await;
    assert!(room.text().await.unwrap().contains("\nZ\n"));
    assert_eq!(get("/avatar/room/nope".into(), None).await.status(), 404);
}

#[tokio::test]
async fn the_widgets_connection_keeps_its_visitor_online() {
    let (server, _manager, agent) = world().await;
    let (visitor, _) = visitor_with_room(&server, "ddp-visitor", "Ada").await;
    let status = || async {
        let answer = agent
            .ok(
                "GET",
                &format!("livechat/visitors.info?visitorId={visitor}"),
                None,
            )
            .await;
        answer["visitor"]["status"].as_str().unwrap().to_owned()
    };
    agent
        .ok(
            "POST",
            "livechat/visitor.status",
            Some(json!({"token": "ddp-visitor", "status": "away"})),
        )
        .await;
    assert_eq!(status().await, "away");
    let url = format!("{}/websocket", server.url().replace("http", "ws"));
    let (mut socket, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let frames = [
        json!({"msg": "connect", "version": "1", "support": ["1"]}),
        json!({"msg": "method", "id": "1", "method": "livechat:setUpConnection", "params": [{"token": "ddp-visitor"}]}),
        json!({"msg": "method", "id": "2", "method": "livechat:setUpConnection", "params": [{"token": 7}]}),
    ];
    for frame in frames {
        socket
            .send(tokio_tungstenite::tungstenite::Message::Text(
                frame.to_string().into(),
            ))
            .await
            .unwrap();
    }
    let mut results = Vec::new();
    while results.len() < 2 {
        let frame = tokio::time::timeout(Duration::from_secs(10), socket.next())
            .await
            .expect("an answer within 10 s")
            .unwrap()
            .unwrap();
        let frame: Value = serde_json::from_str(frame.to_text().unwrap()).unwrap();
        if frame["msg"] == "result" {
            results.push(frame);
        }
    }
    assert_eq!(results[0]["id"], "1");
    assert!(results[0].get("error").is_none(), "{}", results[0]);
    assert_eq!(results[1]["error"]["error"], 400, "{}", results[1]);
    assert_eq!(status().await, "online");
    socket.close(None).await.unwrap();
    // The server sees the close after its read loop ends: wait for that, not a fixed time.
    tokio::time::timeout(Duration::from_secs(10), async {
        while server.realtime_connections() > 0 {
            tokio::task::yield_now().await;
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    })
    .await
    .expect("the connection closes");
    assert_eq!(status().await, "offline");
}

#[tokio::test]
async fn webrtc_calls_are_off_with_the_defaults_of_a_7x_server() {
    let server = LivechatServer::builder()
        .server_version("7.10.0")
        .start()
        .await
        .unwrap();
    server.add_agent("agent.smith", "pw");
    let agent = Caller::login(&server, "agent.smith").await;
    let (_, rid) = visitor_with_room(&server, "webrtc-visitor", "Ada").await;
    let (status, answer) = agent
        .call("GET", &format!("livechat/webrtc.call?rid={rid}"), None)
        .await;
    assert_eq!(
        (status, &answer["error"]),
        (400, &json!("webRTC calling not enabled"))
    );
    server.set_setting("WebRTC_Enabled", json!(true));
    server.set_setting("Omnichannel_call_provider", json!("WebRTC"));
    let call = agent
        .ok("GET", &format!("livechat/webrtc.call?rid={rid}"), None)
        .await;
    assert_eq!(call["videoCall"]["callStatus"], "ringing");
    let messages = agent
        .ok("GET", &format!("livechat/{rid}/messages"), None)
        .await;
    let call_id = messages["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["t"] == "livechat_webrtc_video_call")
        .and_then(|m| m["_id"].as_str())
        .unwrap()
        .to_owned();
    let ended = Caller::anonymous(&server)
        .ok(
            "POST",
            "livechat/visitor.callStatus",
            Some(json!({"token": "webrtc-visitor", "callStatus": "ended", "rid": rid, "callId": call_id})),
        )
        .await;
    assert_eq!(ended["callStatus"], "ended");
    let (status, _) = Caller::anonymous(&server)
        .call("GET", &format!("livechat/webrtc.call?rid={rid}"), None)
        .await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn reports_count_the_chats_the_server_holds() {
    let (server, manager, agent) = world().await;
    // An agent of Sales is online, so Sales takes chats; agent.smith takes them from the queue.
    let seller = server.add_agent("agent.sales", "pw");
    let sales = server.add_department("Sales", &[&seller.id]);
    let anyone = Caller::anonymous(&server);
    // One chat in Sales, answered and closed; one of no department, still queued.
    anyone
        .ok(
            "POST",
            "livechat/visitor",
            Some(json!({"visitor": {"token": "report-sales", "name": "Ada", "department": sales}})),
        )
        .await;
    let room = anyone
        .ok("GET", "livechat/room?token=report-sales", None)
        .await;
    let rid = room["room"]["_id"].as_str().unwrap().to_owned();
    anyone
        .ok(
            "POST",
            "livechat/message",
            Some(json!({"token": "report-sales", "rid": rid, "msg": "Hello"})),
        )
        .await;
    let inquiry = agent
        .ok(
            "GET",
            &format!("livechat/inquiries.getOne?roomId={rid}"),
            None,
        )
        .await;
    agent
        .ok(
            "POST",
            "livechat/inquiries.take",
            Some(json!({"inquiryId": inquiry["inquiry"]["_id"]})),
        )
        .await;
    agent
        .ok(
            "POST",
            "chat.sendMessage",
            Some(json!({"message": {"rid": rid, "msg": "Hi, how can I help?"}})),
        )
        .await;
    agent
        .ok(
            "POST",
            "livechat/room.closeByUser",
            Some(json!({"rid": rid})),
        )
        .await;
    visitor_with_room(&server, "report-none", "Bob").await;
    let (start, end) = ("2020-01-01T00:00:00.000Z", "2100-01-01T00:00:00.000Z");
    let get = |path: String| {
        let manager = &manager;
        async move { manager.ok("GET", &path, None).await }
    };

    let status = get(format!(
        "livechat/analytics/dashboards/conversations-by-status?start={start}&end={end}"
    ))
    .await;
    assert_eq!(status["total"], 2);
    let value = |label: &str| {
        status["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["label"] == label)
            .map(|d| d["value"].clone())
    };
    assert_eq!(
        (value("Closed"), value("Queued")),
        (Some(json!(1)), Some(json!(1)))
    );
    let by_department = get(format!(
        "livechat/analytics/dashboards/conversations-by-department?start={start}&end={end}"
    ))
    .await;
    assert_eq!(
        by_department["data"],
        json!([{"label": "Sales", "value": 1}])
    );
    assert_eq!(by_department["unspecified"], 1);
    let by_agent = get(format!(
        "livechat/analytics/dashboards/conversations-by-agent?start={start}&end={end}"
    ))
    .await;
    assert_eq!(by_agent["data"][0]["label"], "agent.smith");

    // Per department: the answered chats (the route reads `answered=true`; without it, the
    // unanswered ones).
    let answered = get(format!(
        "livechat/analytics/departments/amount-of-chats?start={start}&end={end}&answered=true"
    ))
    .await;
    assert_eq!(answered["departments"], json!([{"_id": sales, "rooms": 1}]));
    let unanswered = get(format!(
        "livechat/analytics/departments/amount-of-chats?start={start}&end={end}"
    ))
    .await;
    assert_eq!(
        unanswered["departments"],
        json!([{"_id": null, "rooms": 1}])
    );
    let service = get(format!(
        "livechat/analytics/agents/total-service-time?start={start}&end={end}"
    ))
    .await;
    assert_eq!(service["agents"][0]["username"], "agent.smith");
    assert_eq!(service["agents"][0]["chats"], 1);

    // The dashboards: a chart per hour of one day, per day of several.
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let hourly = get(format!(
        "livechat/analytics/dashboards/charts-data?chartName=Total_conversations&start={today}&end={today}"
    ))
    .await;
    assert_eq!(hourly["dataLabels"].as_array().unwrap().len(), 24);
    assert_eq!(hourly["dataLabels"][0], "12AM-12AM");
    let total: u64 = hourly["dataPoints"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_u64)
        .sum();
    assert_eq!(total, 2);
    let unknown = get(format!(
        "livechat/analytics/dashboards/charts-data?chartName=Nope&start={today}&end={today}"
    ))
    .await;
    assert_eq!(unknown["dataPoints"], json!([]));
    let overview = get(format!(
        "livechat/analytics/agent-overview?name=Total_conversations&from={today}&to={today}"
    ))
    .await;
    assert_eq!(
        overview["data"],
        json!([{"name": "agent.smith", "value": "100.00%"}])
    );
    let per_agent = get(format!(
        "livechat/analytics/dashboards/charts/chats-per-agent?start={start}&end={end}"
    ))
    .await;
    assert_eq!(per_agent["agent.smith"], json!({"open": 0, "closed": 1}));
    let totalizers = get(format!(
        "livechat/analytics/dashboards/chats-totalizers?start={start}&end={end}"
    ))
    .await;
    assert_eq!(
        totalizers["totalizers"][0],
        json!({"title": "Total_abandoned_chats", "value": 0})
    );
    // Agents may not read the reports.
    let (status, _) = agent
        .call(
            "GET",
            &format!(
                "livechat/analytics/dashboards/conversations-by-status?start={start}&end={end}"
            ),
            None,
        )
        .await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn what_lives_outside_the_server_answers_as_without_it() {
    let (server, manager, _agent) = world().await;
    let providers = manager
        .ok("GET", "omnichannel/outbound/providers", None)
        .await;
    assert_eq!(providers["providers"], json!([]));
    let (status, answer) = manager
        .call(
            "GET",
            "omnichannel/outbound/providers/twilio/metadata",
            None,
        )
        .await;
    assert_eq!(
        (status, &answer["error"]),
        (400, &json!("Provider Not Found"))
    );
    let (status, answer) = Caller::anonymous(&server)
        .call(
            "POST",
            "livechat/sms-incoming/twilio",
            Some(json!({"From": "+1555"})),
        )
        .await;
    assert_eq!((status, &answer["error"]), (400, &json!("Invalid service")));
    server.set_setting("SMS_Enabled", json!(true));
    let (status, answer) = Caller::anonymous(&server)
        .call(
            "POST",
            "livechat/sms-incoming/twilio",
            Some(json!({"From": "+1555"})),
        )
        .await;
    assert_eq!((status, &answer["error"]), (400, &json!("Invalid request")));
    let (_, rid) = visitor_with_room(&server, "pdf-visitor", "Ada").await;
    let (status, answer) = manager
        .call(
            "POST",
            &format!("omnichannel/{rid}/request-transcript"),
            Some(json!({})),
        )
        .await;
    assert_eq!((status, &answer["error"]), (400, &json!("room-still-open")));
    manager
        .ok(
            "POST",
            "livechat/room.closeByUser",
            Some(json!({"rid": rid})),
        )
        .await;
    manager
        .ok(
            "POST",
            &format!("omnichannel/{rid}/request-transcript"),
            Some(json!({})),
        )
        .await;
    let room = manager.ok("GET", "livechat/rooms", None).await;
    assert_eq!(room["rooms"][0]["pdfTranscriptRequested"], true);
}
