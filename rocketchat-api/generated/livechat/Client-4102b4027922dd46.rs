#[derive(Clone, Debug)]
/**Client for Rocket.Chat Livechat

Rocket.Chat Omnichannel and Livechat REST API.

Version: 8.8.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: ::std::sync::Arc<dyn crate::Hooks>,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: ::std::sync::Arc<dyn crate::Hooks>) -> Self {
        crate::tls::prepare();
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: ::std::sync::Arc<dyn crate::Hooks>,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<::std::sync::Arc<dyn crate::Hooks>> for Client {
    fn api_version() -> &'static str {
        "8.8.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &::std::sync::Arc<dyn crate::Hooks> {
        &self.inner
    }
}
impl Client {
    /**Canned responses, filtered

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/canned-responses`

Arguments:
- `count`: Items per page (server cap 100).
- `created_by`
- `department_id`
- `offset`: Items to skip.
- `scope`
- `shortcut`
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `tags`
- `text`
```ignore
let response = client.list_canned_responses()
    .count(count)
    .created_by(created_by)
    .department_id(department_id)
    .offset(offset)
    .scope(scope)
    .shortcut(shortcut)
    .sort(sort)
    .tags(tags)
    .text(text)
    .send()
    .await;
```*/
    pub fn list_canned_responses(&self) -> builder::ListCannedResponses<'_> {
        builder::ListCannedResponses::new(self)
    }
    /**Create or update a canned response

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/canned-responses`

```ignore
let response = client.save_canned_response()
    .body(body)
    .send()
    .await;
```*/
    pub fn save_canned_response(&self) -> builder::SaveCannedResponse<'_> {
        builder::SaveCannedResponse::new(self)
    }
    /**Delete a canned response given in the body (deprecated)

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`). Deprecated in favour of `DELETE canned-responses/{_id}`; missing from the published docs.

Sends a `DELETE` request to `/api/v1/canned-responses`

```ignore
let response = client.remove_canned_response()
    .body(body)
    .send()
    .await;
```*/
    pub fn remove_canned_response(&self) -> builder::RemoveCannedResponse<'_> {
        builder::RemoveCannedResponse::new(self)
    }
    /**Every canned response the caller may use

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/canned-responses.get`

```ignore
let response = client.get_all_canned_responses()
    .send()
    .await;
```*/
    pub fn get_all_canned_responses(&self) -> builder::GetAllCannedResponses<'_> {
        builder::GetAllCannedResponses::new(self)
    }
    /**One canned response

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`). 404 when unknown.

Sends a `GET` request to `/api/v1/canned-responses/{_id}`

```ignore
let response = client.get_canned_response()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_canned_response(&self) -> builder::GetCannedResponse<'_> {
        builder::GetCannedResponse::new(self)
    }
    /**Delete a canned response

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `DELETE` request to `/api/v1/canned-responses/{_id}`

```ignore
let response = client.delete_canned_response()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_canned_response(&self) -> builder::DeleteCannedResponse<'_> {
        builder::DeleteCannedResponse::new(self)
    }
    /**Send a message as the logged-in user (how an agent answers a visitor)

A core chat endpoint, not a livechat one: agents write into livechat rooms with it. The room must be served by the caller (or the caller must be allowed to join it).


Sends a `POST` request to `/api/v1/chat.sendMessage`

```ignore
let response = client.send_chat_message()
    .body(body)
    .send()
    .await;
```*/
    pub fn send_chat_message(&self) -> builder::SendChatMessage<'_> {
        builder::SendChatMessage::new(self)
    }
    /**The agent serving the visitor's room

Sends a `GET` request to `/api/v1/livechat/agent.info/{rid}/{token}`

Arguments:
- `rid`: Room id.
- `token`: The visitor's token.
```ignore
let response = client.get_agent_info()
    .rid(rid)
    .token(token)
    .send()
    .await;
```*/
    pub fn get_agent_info(&self) -> builder::GetAgentInfo<'_> {
        builder::GetAgentInfo::new(self)
    }
    /**The agent a new chat of the visitor would go to

Answers no agent when the visitor already has an open room.

Sends a `GET` request to `/api/v1/livechat/agent.next/{token}`

Arguments:
- `token`: The visitor's token.
- `department`
```ignore
let response = client.get_next_agent()
    .token(token)
    .department(department)
    .send()
    .await;
```*/
    pub fn get_next_agent(&self) -> builder::GetNextAgent<'_> {
        builder::GetNextAgent::new(self)
    }
    /**Make an agent available or not

Without `agentId`, the caller; another agent needs `manage-livechat-agents`. Unknown agents give 404.

Sends a `POST` request to `/api/v1/livechat/agent.status`

```ignore
let response = client.set_agent_status()
    .body(body)
    .send()
    .await;
```*/
    pub fn set_agent_status(&self) -> builder::SetAgentStatus<'_> {
        builder::SetAgentStatus::new(self)
    }
    /**Save an agent's livechat data and departments

Sends a `POST` request to `/api/v1/livechat/agents.saveInfo`

```ignore
let response = client.save_agent_info()
    .body(body)
    .send()
    .await;
```*/
    pub fn save_agent_info(&self) -> builder::SaveAgentInfo<'_> {
        builder::SaveAgentInfo::new(self)
    }
    /**The departments of an agent

Sends a `GET` request to `/api/v1/livechat/agents/{agentId}/departments`

Arguments:
- `agent_id`: Agent id.
- `enabled_departments_only`
```ignore
let response = client.list_agent_departments()
    .agent_id(agent_id)
    .enabled_departments_only(enabled_departments_only)
    .send()
    .await;
```*/
    pub fn list_agent_departments(&self) -> builder::ListAgentDepartments<'_> {
        builder::ListAgentDepartments::new(self)
    }
    /**Per-agent figures for a period

Sends a `GET` request to `/api/v1/livechat/analytics/agent-overview`

Arguments:
- `department_id`
- `from`: Start date (YYYY-MM-DD).
- `name`: Figure, e.g. `Total_conversations`.
- `to`: End date (YYYY-MM-DD).
```ignore
let response = client.get_agent_overview()
    .department_id(department_id)
    .from(from)
    .name(name)
    .to(to)
    .send()
    .await;
```*/
    pub fn get_agent_overview(&self) -> builder::GetAgentOverview<'_> {
        builder::GetAgentOverview::new(self)
    }
    /**Time each agent was available

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/agents/available-for-service-history`

Arguments:
- `count`: Items per page (server cap 100).
- `end`
- `full_report`
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.analytics_agents_available_for_service_history()
    .count(count)
    .end(end)
    .full_report(full_report)
    .offset(offset)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn analytics_agents_available_for_service_history(
        &self,
    ) -> builder::AnalyticsAgentsAvailableForServiceHistory<'_> {
        builder::AnalyticsAgentsAvailableForServiceHistory::new(self)
    }
    /**Average service time per agent

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/agents/average-service-time`

Arguments:
- `count`: Items per page (server cap 100).
- `end`
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.analytics_agents_average_service_time()
    .count(count)
    .end(end)
    .offset(offset)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn analytics_agents_average_service_time(
        &self,
    ) -> builder::AnalyticsAgentsAverageServiceTime<'_> {
        builder::AnalyticsAgentsAverageServiceTime::new(self)
    }
    /**Total service time per agent

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/agents/total-service-time`

Arguments:
- `count`: Items per page (server cap 100).
- `end`
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.analytics_agents_total_service_time()
    .count(count)
    .end(end)
    .offset(offset)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn analytics_agents_total_service_time(
        &self,
    ) -> builder::AnalyticsAgentsTotalServiceTime<'_> {
        builder::AnalyticsAgentsTotalServiceTime::new(self)
    }
    /**Agent productivity figures for a period

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/agents-productivity-totalizers`

```ignore
let response = client.get_agents_productivity_totalizers()
    .department_id(department_id)
    .end(end)
    .start(start)
    .send()
    .await;
```*/
    pub fn get_agents_productivity_totalizers(
        &self,
    ) -> builder::GetAgentsProductivityTotalizers<'_> {
        builder::GetAgentsProductivityTotalizers::new(self)
    }
    /**One named chart

The published docs repeat the prefix (`livechat/livechat/analytics/...`); the server does not.

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/charts-data`

Arguments:
- `chart_name`: e.g. `Total_conversations`.
- `department_id`
- `end`
- `start`
```ignore
let response = client.get_chart_data()
    .chart_name(chart_name)
    .department_id(department_id)
    .end(end)
    .start(start)
    .send()
    .await;
```*/
    pub fn get_chart_data(&self) -> builder::GetChartData<'_> {
        builder::GetChartData::new(self)
    }
    /**Agents by status

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/charts/agents-status`

```ignore
let response = client.get_agents_status_chart()
    .department_id(department_id)
    .send()
    .await;
```*/
    pub fn get_agents_status_chart(&self) -> builder::GetAgentsStatusChart<'_> {
        builder::GetAgentsStatusChart::new(self)
    }
    /**Chats by state

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/charts/chats`

```ignore
let response = client.get_chats_chart()
    .department_id(department_id)
    .end(end)
    .start(start)
    .send()
    .await;
```*/
    pub fn get_chats_chart(&self) -> builder::GetChatsChart<'_> {
        builder::GetChatsChart::new(self)
    }
    /**Chats by agent

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/charts/chats-per-agent`

```ignore
let response = client.get_chats_per_agent_chart()
    .department_id(department_id)
    .end(end)
    .start(start)
    .send()
    .await;
```*/
    pub fn get_chats_per_agent_chart(&self) -> builder::GetChatsPerAgentChart<'_> {
        builder::GetChatsPerAgentChart::new(self)
    }
    /**Chats by department

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/charts/chats-per-department`

```ignore
let response = client.get_chats_per_department_chart()
    .department_id(department_id)
    .end(end)
    .start(start)
    .send()
    .await;
```*/
    pub fn get_chats_per_department_chart(
        &self,
    ) -> builder::GetChatsPerDepartmentChart<'_> {
        builder::GetChatsPerDepartmentChart::new(self)
    }
    /**Response, reaction and duration times

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/charts/timings`

```ignore
let response = client.get_timings_chart()
    .department_id(department_id)
    .end(end)
    .start(start)
    .send()
    .await;
```*/
    pub fn get_timings_chart(&self) -> builder::GetTimingsChart<'_> {
        builder::GetTimingsChart::new(self)
    }
    /**Chat counts for a period

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/chats-totalizers`

```ignore
let response = client.get_chats_totalizers()
    .department_id(department_id)
    .end(end)
    .start(start)
    .send()
    .await;
```*/
    pub fn get_chats_totalizers(&self) -> builder::GetChatsTotalizers<'_> {
        builder::GetChatsTotalizers::new(self)
    }
    /**Conversation counts for a period

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/conversation-totalizers`

```ignore
let response = client.get_conversation_totalizers()
    .department_id(department_id)
    .end(end)
    .start(start)
    .send()
    .await;
```*/
    pub fn get_conversation_totalizers(&self) -> builder::GetConversationTotalizers<'_> {
        builder::GetConversationTotalizers::new(self)
    }
    /**Conversations by agent

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/conversations-by-agent`

Arguments:
- `end`
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.report_conversations_by_agent()
    .end(end)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn report_conversations_by_agent(
        &self,
    ) -> builder::ReportConversationsByAgent<'_> {
        builder::ReportConversationsByAgent::new(self)
    }
    /**Conversations by department

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/conversations-by-department`

Arguments:
- `end`
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.report_conversations_by_department()
    .end(end)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn report_conversations_by_department(
        &self,
    ) -> builder::ReportConversationsByDepartment<'_> {
        builder::ReportConversationsByDepartment::new(self)
    }
    /**Conversations by source

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/conversations-by-source`

Arguments:
- `end`
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.report_conversations_by_source()
    .end(end)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn report_conversations_by_source(
        &self,
    ) -> builder::ReportConversationsBySource<'_> {
        builder::ReportConversationsBySource::new(self)
    }
    /**Conversations by status

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/conversations-by-status`

Arguments:
- `end`
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.report_conversations_by_status()
    .end(end)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn report_conversations_by_status(
        &self,
    ) -> builder::ReportConversationsByStatus<'_> {
        builder::ReportConversationsByStatus::new(self)
    }
    /**Conversations by tags

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/conversations-by-tags`

Arguments:
- `end`
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.report_conversations_by_tags()
    .end(end)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn report_conversations_by_tags(
        &self,
    ) -> builder::ReportConversationsByTags<'_> {
        builder::ReportConversationsByTags::new(self)
    }
    /**Productivity figures for a period

Sends a `GET` request to `/api/v1/livechat/analytics/dashboards/productivity-totalizers`

```ignore
let response = client.get_productivity_totalizers()
    .department_id(department_id)
    .end(end)
    .start(start)
    .send()
    .await;
```*/
    pub fn get_productivity_totalizers(&self) -> builder::GetProductivityTotalizers<'_> {
        builder::GetProductivityTotalizers::new(self)
    }
    /**Chats per department

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/departments/amount-of-chats`

Arguments:
- `answered`
- `count`: Items per page (server cap 100).
- `department_id`
- `end`
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.analytics_departments_amount_of_chats()
    .answered(answered)
    .count(count)
    .department_id(department_id)
    .end(end)
    .offset(offset)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn analytics_departments_amount_of_chats(
        &self,
    ) -> builder::AnalyticsDepartmentsAmountOfChats<'_> {
        builder::AnalyticsDepartmentsAmountOfChats::new(self)
    }
    /**Average chat duration per department

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/departments/average-chat-duration-time`

Arguments:
- `count`: Items per page (server cap 100).
- `department_id`
- `end`
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.analytics_departments_average_chat_duration_time()
    .count(count)
    .department_id(department_id)
    .end(end)
    .offset(offset)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn analytics_departments_average_chat_duration_time(
        &self,
    ) -> builder::AnalyticsDepartmentsAverageChatDurationTime<'_> {
        builder::AnalyticsDepartmentsAverageChatDurationTime::new(self)
    }
    /**Average service time per department

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/departments/average-service-time`

Arguments:
- `count`: Items per page (server cap 100).
- `department_id`
- `end`
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.analytics_departments_average_service_time()
    .count(count)
    .department_id(department_id)
    .end(end)
    .offset(offset)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn analytics_departments_average_service_time(
        &self,
    ) -> builder::AnalyticsDepartmentsAverageServiceTime<'_> {
        builder::AnalyticsDepartmentsAverageServiceTime::new(self)
    }
    /**Average waiting time per department

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/departments/average-waiting-time`

Arguments:
- `count`: Items per page (server cap 100).
- `department_id`
- `end`
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.analytics_departments_average_waiting_time()
    .count(count)
    .department_id(department_id)
    .end(end)
    .offset(offset)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn analytics_departments_average_waiting_time(
        &self,
    ) -> builder::AnalyticsDepartmentsAverageWaitingTime<'_> {
        builder::AnalyticsDepartmentsAverageWaitingTime::new(self)
    }
    /**Share of abandoned chats per department

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/departments/percentage-abandoned-chats`

Arguments:
- `count`: Items per page (server cap 100).
- `department_id`
- `end`
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.analytics_departments_percentage_abandoned_chats()
    .count(count)
    .department_id(department_id)
    .end(end)
    .offset(offset)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn analytics_departments_percentage_abandoned_chats(
        &self,
    ) -> builder::AnalyticsDepartmentsPercentageAbandonedChats<'_> {
        builder::AnalyticsDepartmentsPercentageAbandonedChats::new(self)
    }
    /**Abandoned chats per department

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/departments/total-abandoned-chats`

Arguments:
- `count`: Items per page (server cap 100).
- `department_id`
- `end`
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.analytics_departments_total_abandoned_chats()
    .count(count)
    .department_id(department_id)
    .end(end)
    .offset(offset)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn analytics_departments_total_abandoned_chats(
        &self,
    ) -> builder::AnalyticsDepartmentsTotalAbandonedChats<'_> {
        builder::AnalyticsDepartmentsTotalAbandonedChats::new(self)
    }
    /**Total service time per department

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/departments/total-service-time`

Arguments:
- `count`: Items per page (server cap 100).
- `department_id`
- `end`
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.analytics_departments_total_service_time()
    .count(count)
    .department_id(department_id)
    .end(end)
    .offset(offset)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn analytics_departments_total_service_time(
        &self,
    ) -> builder::AnalyticsDepartmentsTotalServiceTime<'_> {
        builder::AnalyticsDepartmentsTotalServiceTime::new(self)
    }
    /**Transferred chats per department

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/analytics/departments/total-transferred-chats`

Arguments:
- `count`: Items per page (server cap 100).
- `department_id`
- `end`
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `start`
```ignore
let response = client.analytics_departments_total_transferred_chats()
    .count(count)
    .department_id(department_id)
    .end(end)
    .offset(offset)
    .sort(sort)
    .start(start)
    .send()
    .await;
```*/
    pub fn analytics_departments_total_transferred_chats(
        &self,
    ) -> builder::AnalyticsDepartmentsTotalTransferredChats<'_> {
        builder::AnalyticsDepartmentsTotalTransferredChats::new(self)
    }
    /**Overview figures for a period

Sends a `GET` request to `/api/v1/livechat/analytics/overview`

Arguments:
- `department_id`
- `from`: Start date (YYYY-MM-DD).
- `name`: e.g. `Conversations`.
- `to`: End date (YYYY-MM-DD).
```ignore
let response = client.get_analytics_overview()
    .department_id(department_id)
    .from(from)
    .name(name)
    .to(to)
    .send()
    .await;
```*/
    pub fn get_analytics_overview(&self) -> builder::GetAnalyticsOverview<'_> {
        builder::GetAnalyticsOverview::new(self)
    }
    /**The widget's appearance settings

Sends a `GET` request to `/api/v1/livechat/appearance`

```ignore
let response = client.get_appearance()
    .send()
    .await;
```*/
    pub fn get_appearance(&self) -> builder::GetAppearance<'_> {
        builder::GetAppearance::new(self)
    }
    /**Save appearance settings

Sends a `POST` request to `/api/v1/livechat/appearance`

```ignore
let response = client.save_appearance()
    .body(body)
    .send()
    .await;
```*/
    pub fn save_appearance(&self) -> builder::SaveAppearance<'_> {
        builder::SaveAppearance::new(self)
    }
    /**One business hour, or the default

Sends a `GET` request to `/api/v1/livechat/business-hour`

Arguments:
- `id`
- `type_`: `default` or `custom`.
```ignore
let response = client.get_business_hour()
    .id(id)
    .type_(type_)
    .send()
    .await;
```*/
    pub fn get_business_hour(&self) -> builder::GetBusinessHour<'_> {
        builder::GetBusinessHour::new(self)
    }
    /**Every business hour

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/business-hours`

Arguments:
- `count`: Items per page (server cap 100).
- `name`
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
```ignore
let response = client.list_business_hours()
    .count(count)
    .name(name)
    .offset(offset)
    .sort(sort)
    .send()
    .await;
```*/
    pub fn list_business_hours(&self) -> builder::ListBusinessHours<'_> {
        builder::ListBusinessHours::new(self)
    }
    /**Remove custom business hours

Sends a `POST` request to `/api/v1/livechat/business-hours.remove`

```ignore
let response = client.remove_business_hour()
    .body(body)
    .send()
    .await;
```*/
    pub fn remove_business_hour(&self) -> builder::RemoveBusinessHour<'_> {
        builder::RemoveBusinessHour::new(self)
    }
    /**Create or update business hours

Sends a `POST` request to `/api/v1/livechat/business-hours.save`

```ignore
let response = client.save_business_hour()
    .body(body)
    .send()
    .await;
```*/
    pub fn save_business_hour(&self) -> builder::SaveBusinessHour<'_> {
        builder::SaveBusinessHour::new(self)
    }
    /**Widget configuration, and the visitor's session when a token is given

Sends a `GET` request to `/api/v1/livechat/config`

Arguments:
- `business_unit`
- `department`
- `token`: Visitor token; with it the answer also carries the visitor, its open room and agent.
```ignore
let response = client.get_config()
    .business_unit(business_unit)
    .department(department)
    .token(token)
    .send()
    .await;
```*/
    pub fn get_config(&self) -> builder::GetConfig<'_> {
        builder::GetConfig::new(self)
    }
    /**Routing settings the agent UI needs

Sends a `GET` request to `/api/v1/livechat/config/routing`

```ignore
let response = client.get_routing_config()
    .send()
    .await;
```*/
    pub fn get_routing_config(&self) -> builder::GetRoutingConfig<'_> {
        builder::GetRoutingConfig::new(self)
    }
    /**Custom field definitions

Sends a `GET` request to `/api/v1/livechat/custom-fields`

Arguments:
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `text`
```ignore
let response = client.list_custom_fields()
    .count(count)
    .offset(offset)
    .sort(sort)
    .text(text)
    .send()
    .await;
```*/
    pub fn list_custom_fields(&self) -> builder::ListCustomFields<'_> {
        builder::ListCustomFields::new(self)
    }
    /**Delete a custom field

Sends a `POST` request to `/api/v1/livechat/custom-fields.delete`

```ignore
let response = client.delete_custom_field()
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_custom_field(&self) -> builder::DeleteCustomField<'_> {
        builder::DeleteCustomField::new(self)
    }
    /**Create or update a custom field

Sends a `POST` request to `/api/v1/livechat/custom-fields.save`

```ignore
let response = client.save_custom_field()
    .body(body)
    .send()
    .await;
```*/
    pub fn save_custom_field(&self) -> builder::SaveCustomField<'_> {
        builder::SaveCustomField::new(self)
    }
    /**One custom field definition

Sends a `GET` request to `/api/v1/livechat/custom-fields/{_id}`

Arguments:
- `id`: Field id.
```ignore
let response = client.get_custom_field()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_custom_field(&self) -> builder::GetCustomField<'_> {
        builder::GetCustomField::new(self)
    }
    /**Set one custom field of the visitor

Sends a `POST` request to `/api/v1/livechat/custom.field`

```ignore
let response = client.set_visitor_custom_field()
    .body(body)
    .send()
    .await;
```*/
    pub fn set_visitor_custom_field(&self) -> builder::SetVisitorCustomField<'_> {
        builder::SetVisitorCustomField::new(self)
    }
    /**Set several custom fields of the visitor

Sends a `POST` request to `/api/v1/livechat/custom.fields`

```ignore
let response = client.set_visitor_custom_fields()
    .body(body)
    .send()
    .await;
```*/
    pub fn set_visitor_custom_fields(&self) -> builder::SetVisitorCustomFields<'_> {
        builder::SetVisitorCustomFields::new(self)
    }
    /**Departments, filtered and paged

Sends a `GET` request to `/api/v1/livechat/department`

Arguments:
- `count`: Items per page; the server's default is 50 and its cap 100.
- `enabled`
- `exclude_department_id`
- `offset`: Items to skip.
- `only_my_departments`
- `show_archived`
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `text`
```ignore
let response = client.list_departments()
    .count(count)
    .enabled(enabled)
    .exclude_department_id(exclude_department_id)
    .offset(offset)
    .only_my_departments(only_my_departments)
    .show_archived(show_archived)
    .sort(sort)
    .text(text)
    .send()
    .await;
```*/
    pub fn list_departments(&self) -> builder::ListDepartments<'_> {
        builder::ListDepartments::new(self)
    }
    /**Create a department, optionally with its agents

Needs `manage-livechat-departments` or `add-livechat-department-agents`.

Sends a `POST` request to `/api/v1/livechat/department`

```ignore
let response = client.create_department()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_department(&self) -> builder::CreateDepartment<'_> {
        builder::CreateDepartment::new(self)
    }
    /**Departments for a search box

Sends a `GET` request to `/api/v1/livechat/department.autocomplete`

Arguments:
- `only_my_departments`
- `selector`: JSON `{"term": ..., "exceptions": [...], "conditions": {...}}`.
- `show_archived`
```ignore
let response = client.autocomplete_departments()
    .only_my_departments(only_my_departments)
    .selector(selector)
    .show_archived(show_archived)
    .send()
    .await;
```*/
    pub fn autocomplete_departments(&self) -> builder::AutocompleteDepartments<'_> {
        builder::AutocompleteDepartments::new(self)
    }
    /**Departments by id

Sends a `GET` request to `/api/v1/livechat/department.listByIds`

Arguments:
- `fields`: JSON projection.
- `ids`: Department ids.
```ignore
let response = client.list_departments_by_ids()
    .fields(fields)
    .ids(ids)
    .send()
    .await;
```*/
    pub fn list_departments_by_ids(&self) -> builder::ListDepartmentsByIds<'_> {
        builder::ListDepartmentsByIds::new(self)
    }
    /**Whether another department may be created (CE allows one)

Sends a `GET` request to `/api/v1/livechat/department/isDepartmentCreationAvailable`

```ignore
let response = client.is_department_creation_available()
    .send()
    .await;
```*/
    pub fn is_department_creation_available(
        &self,
    ) -> builder::IsDepartmentCreationAvailable<'_> {
        builder::IsDepartmentCreationAvailable::new(self)
    }
    /**One department, optionally with its agents

Sends a `GET` request to `/api/v1/livechat/department/{_id}`

Arguments:
- `id`: Department id.
- `include_agents`
- `only_my_departments`
```ignore
let response = client.get_department()
    .id(id)
    .include_agents(include_agents)
    .only_my_departments(only_my_departments)
    .send()
    .await;
```*/
    pub fn get_department(&self) -> builder::GetDepartment<'_> {
        builder::GetDepartment::new(self)
    }
    /**Update a department and its agents

Sends a `PUT` request to `/api/v1/livechat/department/{_id}`

Arguments:
- `id`: Department id.
- `body`
```ignore
let response = client.update_department()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_department(&self) -> builder::UpdateDepartment<'_> {
        builder::UpdateDepartment::new(self)
    }
    /**Delete a department

Refused unless the server allows removing departments.

Sends a `DELETE` request to `/api/v1/livechat/department/{_id}`

Arguments:
- `id`: Department id.
```ignore
let response = client.delete_department()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_department(&self) -> builder::DeleteDepartment<'_> {
        builder::DeleteDepartment::new(self)
    }
    /**The agents of a department

Sends a `GET` request to `/api/v1/livechat/department/{_id}/agents`

Arguments:
- `id`: Department id.
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
```ignore
let response = client.list_department_agents()
    .id(id)
    .count(count)
    .offset(offset)
    .sort(sort)
    .send()
    .await;
```*/
    pub fn list_department_agents(&self) -> builder::ListDepartmentAgents<'_> {
        builder::ListDepartmentAgents::new(self)
    }
    /**Add, update and remove agents of a department

Sends a `POST` request to `/api/v1/livechat/department/{_id}/agents`

Arguments:
- `id`: Department id.
- `body`
```ignore
let response = client.update_department_agents()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_department_agents(&self) -> builder::UpdateDepartmentAgents<'_> {
        builder::UpdateDepartmentAgents::new(self)
    }
    /**Archive a department

The published docs give `department/archive/{_id}`; the server routes `department/{_id}/archive`.

Sends a `POST` request to `/api/v1/livechat/department/{_id}/archive`

Arguments:
- `id`: Department id.
```ignore
let response = client.archive_department()
    .id(id)
    .send()
    .await;
```*/
    pub fn archive_department(&self) -> builder::ArchiveDepartment<'_> {
        builder::ArchiveDepartment::new(self)
    }
    /**Unarchive a department

The published docs give `department/unarchive/{_id}`; the server routes `department/{_id}/unarchive`.

Sends a `POST` request to `/api/v1/livechat/department/{_id}/unarchive`

Arguments:
- `id`: Department id.
```ignore
let response = client.unarchive_department()
    .id(id)
    .send()
    .await;
```*/
    pub fn unarchive_department(&self) -> builder::UnarchiveDepartment<'_> {
        builder::UnarchiveDepartment::new(self)
    }
    /**Archived departments

Sends a `GET` request to `/api/v1/livechat/departments/archived`

Arguments:
- `count`: Items per page (server cap 100).
- `enabled`
- `exclude_department_id`
- `offset`: Items to skip.
- `only_my_departments`
- `show_archived`
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `text`
```ignore
let response = client.list_archived_departments()
    .count(count)
    .enabled(enabled)
    .exclude_department_id(exclude_department_id)
    .offset(offset)
    .only_my_departments(only_my_departments)
    .show_archived(show_archived)
    .sort(sort)
    .text(text)
    .send()
    .await;
```*/
    pub fn list_archived_departments(&self) -> builder::ListArchivedDepartments<'_> {
        builder::ListArchivedDepartments::new(self)
    }
    /**The inquiry of a room

Sends a `GET` request to `/api/v1/livechat/inquiries.getOne`

```ignore
let response = client.get_inquiry()
    .room_id(room_id)
    .send()
    .await;
```*/
    pub fn get_inquiry(&self) -> builder::GetInquiry<'_> {
        builder::GetInquiry::new(self)
    }
    /**Queued inquiries

Needs `view-livechat-manager`. Only queued inquiries, as a projection of the record.

Sends a `GET` request to `/api/v1/livechat/inquiries.list`

Arguments:
- `count`: Items per page; the server's default is 50 and its cap 100.
- `department`: Department id or name.
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
```ignore
let response = client.list_inquiries()
    .count(count)
    .department(department)
    .offset(offset)
    .sort(sort)
    .send()
    .await;
```*/
    pub fn list_inquiries(&self) -> builder::ListInquiries<'_> {
        builder::ListInquiries::new(self)
    }
    /**Queued inquiries the logged-in agent may take

Needs `view-l-room`, which agents have (unlike `inquiries.list`). Only the inquiries of the agent's departments, or of none, are listed.


Sends a `GET` request to `/api/v1/livechat/inquiries.queuedForUser`

Arguments:
- `count`: Items per page; the server's default is 50 and its cap 100.
- `department`: Department id.
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
```ignore
let response = client.list_queued_inquiries_for_user()
    .count(count)
    .department(department)
    .offset(offset)
    .sort(sort)
    .send()
    .await;
```*/
    pub fn list_queued_inquiries_for_user(
        &self,
    ) -> builder::ListQueuedInquiriesForUser<'_> {
        builder::ListQueuedInquiriesForUser::new(self)
    }
    /**Put a served room back in the queue

Sends a `POST` request to `/api/v1/livechat/inquiries.returnAsInquiry`

```ignore
let response = client.return_room_as_inquiry()
    .body(body)
    .send()
    .await;
```*/
    pub fn return_room_as_inquiry(&self) -> builder::ReturnRoomAsInquiry<'_> {
        builder::ReturnRoomAsInquiry::new(self)
    }
    /**Take a queued inquiry, as the caller or for another agent

The server answers only `success` (rest-typings promise an `inquiry`, but the handler returns none). Taking an inquiry twice fails with `error-inquiry-taken`.


Sends a `POST` request to `/api/v1/livechat/inquiries.take`

```ignore
let response = client.take_inquiry()
    .body(body)
    .send()
    .await;
```*/
    pub fn take_inquiry(&self) -> builder::TakeInquiry<'_> {
        builder::TakeInquiry::new(self)
    }
    /**Set the SLA policy of a queued inquiry

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `PUT` request to `/api/v1/livechat/inquiry.setSLA`

```ignore
let response = client.set_inquiry_sla()
    .body(body)
    .send()
    .await;
```*/
    pub fn set_inquiry_sla(&self) -> builder::SetInquirySla<'_> {
        builder::SetInquirySla::new(self)
    }
    /**The CRM integration (webhook) settings

Sends a `GET` request to `/api/v1/livechat/integrations.settings`

```ignore
let response = client.get_integration_settings()
    .send()
    .await;
```*/
    pub fn get_integration_settings(&self) -> builder::GetIntegrationSettings<'_> {
        builder::GetIntegrationSettings::new(self)
    }
    /**Send a message as the visitor

With a client-chosen `_id`, a retried call cannot store the message twice. The server rejects unknown body keys.


Sends a `POST` request to `/api/v1/livechat/message`

```ignore
let response = client.send_message()
    .body(body)
    .send()
    .await;
```*/
    pub fn send_message(&self) -> builder::SendMessage<'_> {
        builder::SendMessage::new(self)
    }
    /**One message of the visitor's room

Sends a `GET` request to `/api/v1/livechat/message/{_id}`

Arguments:
- `id`: Message id.
- `rid`: Room id.
- `token`: The visitor's token.
```ignore
let response = client.get_visitor_message()
    .id(id)
    .rid(rid)
    .token(token)
    .send()
    .await;
```*/
    pub fn get_visitor_message(&self) -> builder::GetVisitorMessage<'_> {
        builder::GetVisitorMessage::new(self)
    }
    /**Edit a message as the visitor

Sends a `PUT` request to `/api/v1/livechat/message/{_id}`

Arguments:
- `id`: Message id.
- `body`
```ignore
let response = client.update_visitor_message()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_visitor_message(&self) -> builder::UpdateVisitorMessage<'_> {
        builder::UpdateVisitorMessage::new(self)
    }
    /**Delete a message as the visitor

Sends a `DELETE` request to `/api/v1/livechat/message/{_id}`

Arguments:
- `id`: Message id.
- `body`
```ignore
let response = client.delete_visitor_message()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_visitor_message(&self) -> builder::DeleteVisitorMessage<'_> {
        builder::DeleteVisitorMessage::new(self)
    }
    /**Store messages sent by a visitor elsewhere (import)

Sends a `POST` request to `/api/v1/livechat/messages`

```ignore
let response = client.create_visitor_messages()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_visitor_messages(&self) -> builder::CreateVisitorMessages<'_> {
        builder::CreateVisitorMessages::new(self)
    }
    /**Messages of a room, newest first, as the visitor

Pages with `limit` (default 20) and `end` (only messages before that date); there is no total. The server rejects unknown query keys.


Sends a `GET` request to `/api/v1/livechat/messages.history/{rid}`

Arguments:
- `rid`: Room id.
- `count`
- `end`: Only messages before this date (ISO 8601).
- `limit`: How many messages, 20 when left out.
- `ls`: Last seen date (ISO 8601) of the visitor.
- `offset`
- `search_text`: Only messages containing this text.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `token`: The visitor's token.
```ignore
let response = client.get_message_history()
    .rid(rid)
    .count(count)
    .end(end)
    .limit(limit)
    .ls(ls)
    .offset(offset)
    .search_text(search_text)
    .sort(sort)
    .token(token)
    .send()
    .await;
```*/
    pub fn get_message_history(&self) -> builder::GetMessageHistory<'_> {
        builder::GetMessageHistory::new(self)
    }
    /**Monitors

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/monitors`

Arguments:
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `text`: Filter by username; the server requires the key (send `""` for all).
```ignore
let response = client.list_monitors()
    .count(count)
    .offset(offset)
    .sort(sort)
    .text(text)
    .send()
    .await;
```*/
    pub fn list_monitors(&self) -> builder::ListMonitors<'_> {
        builder::ListMonitors::new(self)
    }
    /**Give a user the monitor role

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/livechat/monitors.create`

```ignore
let response = client.create_monitor()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_monitor(&self) -> builder::CreateMonitor<'_> {
        builder::CreateMonitor::new(self)
    }
    /**Take the monitor role away

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/livechat/monitors.delete`

```ignore
let response = client.delete_monitor()
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_monitor(&self) -> builder::DeleteMonitor<'_> {
        builder::DeleteMonitor::new(self)
    }
    /**One monitor

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`). The monitor's fields are at the top level of the answer.

Sends a `GET` request to `/api/v1/livechat/monitors/{username}`

```ignore
let response = client.get_monitor()
    .username(username)
    .send()
    .await;
```*/
    pub fn get_monitor(&self) -> builder::GetMonitor<'_> {
        builder::GetMonitor::new(self)
    }
    /**Leave a message while no agent is online

Rate limited to one call every 5 seconds.

Sends a `POST` request to `/api/v1/livechat/offline.message`

```ignore
let response = client.send_offline_message()
    .body(body)
    .send()
    .await;
```*/
    pub fn send_offline_message(&self) -> builder::SendOfflineMessage<'_> {
        builder::SendOfflineMessage::new(self)
    }
    /**Record a page the visitor navigated to

Sends a `POST` request to `/api/v1/livechat/page.visited`

```ignore
let response = client.record_page_visited()
    .body(body)
    .send()
    .await;
```*/
    pub fn record_page_visited(&self) -> builder::RecordPageVisited<'_> {
        builder::RecordPageVisited::new(self)
    }
    /**Priorities

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/priorities`

Arguments:
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `text`
```ignore
let response = client.list_priorities()
    .count(count)
    .offset(offset)
    .sort(sort)
    .text(text)
    .send()
    .await;
```*/
    pub fn list_priorities(&self) -> builder::ListPriorities<'_> {
        builder::ListPriorities::new(self)
    }
    /**Whether any priority was renamed

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/priorities.reset`

```ignore
let response = client.can_reset_priorities()
    .send()
    .await;
```*/
    pub fn can_reset_priorities(&self) -> builder::CanResetPriorities<'_> {
        builder::CanResetPriorities::new(self)
    }
    /**Reset every priority's name

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/livechat/priorities.reset`

```ignore
let response = client.reset_priorities()
    .send()
    .await;
```*/
    pub fn reset_priorities(&self) -> builder::ResetPriorities<'_> {
        builder::ResetPriorities::new(self)
    }
    /**One priority

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`). 404 when unknown.

Sends a `GET` request to `/api/v1/livechat/priorities/{priorityId}`

```ignore
let response = client.get_priority()
    .priority_id(priority_id)
    .send()
    .await;
```*/
    pub fn get_priority(&self) -> builder::GetPriority<'_> {
        builder::GetPriority::new(self)
    }
    /**Rename or reset a priority

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `PUT` request to `/api/v1/livechat/priorities/{priorityId}`

```ignore
let response = client.update_priority()
    .priority_id(priority_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_priority(&self) -> builder::UpdatePriority<'_> {
        builder::UpdatePriority::new(self)
    }
    /**Queued chats by agent and department

Sends a `GET` request to `/api/v1/livechat/queue`

Arguments:
- `agent_id`
- `count`: Items per page (server cap 100).
- `department_id`
- `include_offline_agents`
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
```ignore
let response = client.list_queue()
    .agent_id(agent_id)
    .count(count)
    .department_id(department_id)
    .include_offline_agents(include_offline_agents)
    .offset(offset)
    .sort(sort)
    .send()
    .await;
```*/
    pub fn list_queue(&self) -> builder::ListQueue<'_> {
        builder::ListQueue::new(self)
    }
    /**The visitor's open room, created when it has none

Without `rid`, answers the visitor's open room or opens a new one (and queues an inquiry for it); `newRoom` says which. Rate limited to 5 calls a minute. The server rejects unknown query keys.


Sends a `GET` request to `/api/v1/livechat/room`

Arguments:
- `agent_id`: Agent to route a new room to.
- `rid`: Id of an existing room of this visitor.
- `token`: The visitor's token.
```ignore
let response = client.get_room()
    .agent_id(agent_id)
    .rid(rid)
    .token(token)
    .send()
    .await;
```*/
    pub fn get_room(&self) -> builder::GetRoom<'_> {
        builder::GetRoom::new(self)
    }
    /**Close a room as its visitor

Sends a `POST` request to `/api/v1/livechat/room.close`

```ignore
let response = client.close_room()
    .body(body)
    .send()
    .await;
```*/
    pub fn close_room(&self) -> builder::CloseRoom<'_> {
        builder::CloseRoom::new(self)
    }
    /**Close a room as an agent, with a comment and tags

Sends a `POST` request to `/api/v1/livechat/room.closeByUser`

```ignore
let response = client.close_room_by_user()
    .body(body)
    .send()
    .await;
```*/
    pub fn close_room_by_user(&self) -> builder::CloseRoomByUser<'_> {
        builder::CloseRoomByUser::new(self)
    }
    /**Transfer a room to another agent or department

Give `userId` to forward to an agent, `departmentId` to forward to a department.

Sends a `POST` request to `/api/v1/livechat/room.forward`

```ignore
let response = client.forward_room()
    .body(body)
    .send()
    .await;
```*/
    pub fn forward_room(&self) -> builder::ForwardRoom<'_> {
        builder::ForwardRoom::new(self)
    }
    /**Join a livechat room as the logged-in agent

Sends a `GET` request to `/api/v1/livechat/room.join`

```ignore
let response = client.join_room()
    .room_id(room_id)
    .send()
    .await;
```*/
    pub fn join_room(&self) -> builder::JoinRoom<'_> {
        builder::JoinRoom::new(self)
    }
    /**Put a room on hold

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/livechat/room.onHold`

```ignore
let response = client.place_room_on_hold()
    .body(body)
    .send()
    .await;
```*/
    pub fn place_room_on_hold(&self) -> builder::PlaceRoomOnHold<'_> {
        builder::PlaceRoomOnHold::new(self)
    }
    /**Resume a room on hold

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/livechat/room.resumeOnHold`

```ignore
let response = client.resume_room_on_hold()
    .body(body)
    .send()
    .await;
```*/
    pub fn resume_room_on_hold(&self) -> builder::ResumeRoomOnHold<'_> {
        builder::ResumeRoomOnHold::new(self)
    }
    /**Save a room's and its visitor's details

Sends a `POST` request to `/api/v1/livechat/room.saveInfo`

```ignore
let response = client.save_room_info()
    .body(body)
    .send()
    .await;
```*/
    pub fn save_room_info(&self) -> builder::SaveRoomInfo<'_> {
        builder::SaveRoomInfo::new(self)
    }
    /**The visitor's answers to the satisfaction survey

Sends a `POST` request to `/api/v1/livechat/room.survey`

```ignore
let response = client.submit_room_survey()
    .body(body)
    .send()
    .await;
```*/
    pub fn submit_room_survey(&self) -> builder::SubmitRoomSurvey<'_> {
        builder::SubmitRoomSurvey::new(self)
    }
    /**Set a room's priority

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/livechat/room/{rid}/priority`

Arguments:
- `rid`: Room id.
- `body`
```ignore
let response = client.set_room_priority()
    .rid(rid)
    .body(body)
    .send()
    .await;
```*/
    pub fn set_room_priority(&self) -> builder::SetRoomPriority<'_> {
        builder::SetRoomPriority::new(self)
    }
    /**Remove a room's priority

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `DELETE` request to `/api/v1/livechat/room/{rid}/priority`

Arguments:
- `rid`: Room id.
```ignore
let response = client.remove_room_priority()
    .rid(rid)
    .send()
    .await;
```*/
    pub fn remove_room_priority(&self) -> builder::RemoveRoomPriority<'_> {
        builder::RemoveRoomPriority::new(self)
    }
    /**Livechat rooms, filtered and paged

Needs `view-livechat-rooms` (or `view-livechat-room-closed-same-department` for closed rooms of the caller's departments). `createdAt`, `closedAt`, `customFields` and `sort` are JSON documents in the query string.


Sends a `GET` request to `/api/v1/livechat/rooms`

Arguments:
- `agents`: Ids of the agents serving the rooms.
- `closed_at`: JSON `{"start": ISO date, "end": ISO date}`; either bound may be left out.
- `count`: Items per page; the server's default is 50 and its cap 100.
- `created_at`: JSON `{"start": ISO date, "end": ISO date}`; either bound may be left out.
- `custom_fields`: JSON object of room custom field values to match.
- `department_id`
- `offset`: Items to skip.
- `onhold`: Rooms on hold only.
- `open`: `true`: open rooms only; `false`: closed rooms only.
- `queued`: Queued rooms only.
- `room_name`
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `tags`: Rooms carrying any of these tags.
- `units`: Rooms of any of these units (Enterprise).
```ignore
let response = client.list_rooms()
    .agents(agents)
    .closed_at(closed_at)
    .count(count)
    .created_at(created_at)
    .custom_fields(custom_fields)
    .department_id(department_id)
    .offset(offset)
    .onhold(onhold)
    .open(open)
    .queued(queued)
    .room_name(room_name)
    .sort(sort)
    .tags(tags)
    .units(units)
    .send()
    .await;
```*/
    pub fn list_rooms(&self) -> builder::ListRooms<'_> {
        builder::ListRooms::new(self)
    }
    /**Delete a closed room

Sends a `POST` request to `/api/v1/livechat/rooms.delete`

```ignore
let response = client.delete_room()
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_room(&self) -> builder::DeleteRoom<'_> {
        builder::DeleteRoom::new(self)
    }
    /**Delete every closed room

Sends a `POST` request to `/api/v1/livechat/rooms.removeAllClosedRooms`

```ignore
let response = client.remove_all_closed_rooms()
    .body(body)
    .send()
    .await;
```*/
    pub fn remove_all_closed_rooms(&self) -> builder::RemoveAllClosedRooms<'_> {
        builder::RemoveAllClosedRooms::new(self)
    }
    /**Saved room filters

Sends a `GET` request to `/api/v1/livechat/rooms/filters`

```ignore
let response = client.list_room_filters()
    .send()
    .await;
```*/
    pub fn list_room_filters(&self) -> builder::ListRoomFilters<'_> {
        builder::ListRoomFilters::new(self)
    }
    /**SLA policies

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/sla`

Arguments:
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `text`
```ignore
let response = client.list_sla()
    .count(count)
    .offset(offset)
    .sort(sort)
    .text(text)
    .send()
    .await;
```*/
    pub fn list_sla(&self) -> builder::ListSla<'_> {
        builder::ListSla::new(self)
    }
    /**Create an SLA policy

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/livechat/sla`

```ignore
let response = client.create_sla()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_sla(&self) -> builder::CreateSla<'_> {
        builder::CreateSla::new(self)
    }
    /**One SLA policy

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`). 404 when unknown; the policy's fields are at the top level.

Sends a `GET` request to `/api/v1/livechat/sla/{slaId}`

```ignore
let response = client.get_sla()
    .sla_id(sla_id)
    .send()
    .await;
```*/
    pub fn get_sla(&self) -> builder::GetSla<'_> {
        builder::GetSla::new(self)
    }
    /**Update an SLA policy

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `PUT` request to `/api/v1/livechat/sla/{slaId}`

```ignore
let response = client.update_sla()
    .sla_id(sla_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_sla(&self) -> builder::UpdateSla<'_> {
        builder::UpdateSla::new(self)
    }
    /**Delete an SLA policy

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `DELETE` request to `/api/v1/livechat/sla/{slaId}`

```ignore
let response = client.delete_sla()
    .sla_id(sla_id)
    .send()
    .await;
```*/
    pub fn delete_sla(&self) -> builder::DeleteSla<'_> {
        builder::DeleteSla::new(self)
    }
    /**Webhook for an SMS provider's incoming messages

Answers the provider's own body (Twilio: TwiML XML), not JSON.

Sends a `POST` request to `/api/v1/livechat/sms-incoming/{service}`

Arguments:
- `service`: Provider: `twilio`, `voxtelesys`, `mobex`.
- `department`
- `body`
```ignore
let response = client.receive_sms()
    .service(service)
    .department(department)
    .body(body)
    .send()
    .await;
```*/
    pub fn receive_sms(&self) -> builder::ReceiveSms<'_> {
        builder::ReceiveSms::new(self)
    }
    /**Tags

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/tags`

Arguments:
- `count`: Items per page (server cap 100).
- `department`
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `text`: Filter by name; the server requires the key (send `""` for all).
- `view_all`
```ignore
let response = client.list_tags()
    .count(count)
    .department(department)
    .offset(offset)
    .sort(sort)
    .text(text)
    .view_all(view_all)
    .send()
    .await;
```*/
    pub fn list_tags(&self) -> builder::ListTags<'_> {
        builder::ListTags::new(self)
    }
    /**Delete a tag

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/livechat/tags.delete`

```ignore
let response = client.delete_tag()
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_tag(&self) -> builder::DeleteTag<'_> {
        builder::DeleteTag::new(self)
    }
    /**Create or update a tag

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/livechat/tags.save`

```ignore
let response = client.save_tag()
    .body(body)
    .send()
    .await;
```*/
    pub fn save_tag(&self) -> builder::SaveTag<'_> {
        builder::SaveTag::new(self)
    }
    /**One tag

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`). 404 when unknown; the tag's fields are at the top level.

Sends a `GET` request to `/api/v1/livechat/tags/{tagId}`

```ignore
let response = client.get_tag()
    .tag_id(tag_id)
    .send()
    .await;
```*/
    pub fn get_tag(&self) -> builder::GetTag<'_> {
        builder::GetTag::new(self)
    }
    /**Email the transcript of a room to the visitor

Rate limited to 5 calls a minute.

Sends a `POST` request to `/api/v1/livechat/transcript`

```ignore
let response = client.request_transcript()
    .body(body)
    .send()
    .await;
```*/
    pub fn request_transcript(&self) -> builder::RequestTranscript<'_> {
        builder::RequestTranscript::new(self)
    }
    /**Ask for the transcript of a room to be emailed when it closes

Sends a `POST` request to `/api/v1/livechat/transcript/{rid}`

Arguments:
- `rid`: Room id.
- `body`
```ignore
let response = client.request_transcript_for_room()
    .rid(rid)
    .body(body)
    .send()
    .await;
```*/
    pub fn request_transcript_for_room(&self) -> builder::RequestTranscriptForRoom<'_> {
        builder::RequestTranscriptForRoom::new(self)
    }
    /**Cancel a pending transcript email

Sends a `DELETE` request to `/api/v1/livechat/transcript/{rid}`

Arguments:
- `rid`: Room id.
```ignore
let response = client.discard_transcript_request()
    .rid(rid)
    .send()
    .await;
```*/
    pub fn discard_transcript_request(&self) -> builder::DiscardTranscriptRequest<'_> {
        builder::DiscardTranscriptRequest::new(self)
    }
    /**The transfers of a room

Sends a `GET` request to `/api/v1/livechat/transfer.history/{rid}`

Arguments:
- `rid`: Room id.
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
```ignore
let response = client.get_transfer_history()
    .rid(rid)
    .count(count)
    .offset(offset)
    .sort(sort)
    .send()
    .await;
```*/
    pub fn get_transfer_history(&self) -> builder::GetTransferHistory<'_> {
        builder::GetTransferHistory::new(self)
    }
    /**Livechat triggers

Sends a `GET` request to `/api/v1/livechat/triggers`

Arguments:
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
```ignore
let response = client.list_triggers()
    .count(count)
    .offset(offset)
    .sort(sort)
    .send()
    .await;
```*/
    pub fn list_triggers(&self) -> builder::ListTriggers<'_> {
        builder::ListTriggers::new(self)
    }
    /**Create or update a trigger

Sends a `POST` request to `/api/v1/livechat/triggers`

```ignore
let response = client.save_trigger()
    .body(body)
    .send()
    .await;
```*/
    pub fn save_trigger(&self) -> builder::SaveTrigger<'_> {
        builder::SaveTrigger::new(self)
    }
    /**Try an external-service trigger action

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/livechat/triggers/external-service/test`

```ignore
let response = client.test_trigger_external_service()
    .body(body)
    .send()
    .await;
```*/
    pub fn test_trigger_external_service(
        &self,
    ) -> builder::TestTriggerExternalService<'_> {
        builder::TestTriggerExternalService::new(self)
    }
    /**One trigger

Sends a `GET` request to `/api/v1/livechat/triggers/{_id}`

Arguments:
- `id`: Trigger id.
```ignore
let response = client.get_trigger()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_trigger(&self) -> builder::GetTrigger<'_> {
        builder::GetTrigger::new(self)
    }
    /**Delete a trigger

Sends a `DELETE` request to `/api/v1/livechat/triggers/{_id}`

Arguments:
- `id`: Trigger id.
```ignore
let response = client.delete_trigger()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_trigger(&self) -> builder::DeleteTrigger<'_> {
        builder::DeleteTrigger::new(self)
    }
    /**Run a trigger's external service for the visitor

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`). Rate limited to 10 calls a minute. Missing from the published docs.

Sends a `POST` request to `/api/v1/livechat/triggers/{_id}/external-service/call`

Arguments:
- `id`: Trigger id.
- `body`
```ignore
let response = client.call_trigger_external_service()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn call_trigger_external_service(
        &self,
    ) -> builder::CallTriggerExternalService<'_> {
        builder::CallTriggerExternalService::new(self)
    }
    /**Business units

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/units`

Arguments:
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `text`
```ignore
let response = client.list_units()
    .count(count)
    .offset(offset)
    .sort(sort)
    .text(text)
    .send()
    .await;
```*/
    pub fn list_units(&self) -> builder::ListUnits<'_> {
        builder::ListUnits::new(self)
    }
    /**Create a business unit

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`). The unit's fields are at the top level of the answer.

Sends a `POST` request to `/api/v1/livechat/units`

```ignore
let response = client.create_unit()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_unit(&self) -> builder::CreateUnit<'_> {
        builder::CreateUnit::new(self)
    }
    /**One business unit

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/units/{id}`

Arguments:
- `id`: Unit id.
```ignore
let response = client.get_unit()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_unit(&self) -> builder::GetUnit<'_> {
        builder::GetUnit::new(self)
    }
    /**Update a business unit

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/livechat/units/{id}`

Arguments:
- `id`: Unit id.
- `body`
```ignore
let response = client.update_unit()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_unit(&self) -> builder::UpdateUnit<'_> {
        builder::UpdateUnit::new(self)
    }
    /**Delete a business unit

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `DELETE` request to `/api/v1/livechat/units/{id}`

Arguments:
- `id`: Unit id.
```ignore
let response = client.delete_unit()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_unit(&self) -> builder::DeleteUnit<'_> {
        builder::DeleteUnit::new(self)
    }
    /**The departments of a unit

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/units/{unitId}/departments`

```ignore
let response = client.list_unit_departments()
    .unit_id(unit_id)
    .count(count)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn list_unit_departments(&self) -> builder::ListUnitDepartments<'_> {
        builder::ListUnitDepartments::new(self)
    }
    /**Departments a unit may take

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/units/{unitId}/departments/available`

Arguments:
- `unit_id`
- `count`
- `offset`
- `only_my_departments`
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `text`: Filter by name; the server requires the key (send `""` for all).
```ignore
let response = client.list_unit_available_departments()
    .unit_id(unit_id)
    .count(count)
    .offset(offset)
    .only_my_departments(only_my_departments)
    .sort(sort)
    .text(text)
    .send()
    .await;
```*/
    pub fn list_unit_available_departments(
        &self,
    ) -> builder::ListUnitAvailableDepartments<'_> {
        builder::ListUnitAvailableDepartments::new(self)
    }
    /**The monitors of a unit

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `GET` request to `/api/v1/livechat/units/{unitId}/monitors`

```ignore
let response = client.list_unit_monitors()
    .unit_id(unit_id)
    .send()
    .await;
```*/
    pub fn list_unit_monitors(&self) -> builder::ListUnitMonitors<'_> {
        builder::ListUnitMonitors::new(self)
    }
    /**Agents or managers

`agent` needs `transfer-livechat-guest` or `edit-omnichannel-contact`; `manager` needs `view-livechat-manager`.


Sends a `GET` request to `/api/v1/livechat/users/{type}`

Arguments:
- `type_`: Which role.
- `count`: Items per page; the server's default is 50 and its cap 100.
- `exclude_id`
- `offset`: Items to skip.
- `only_available`
- `show_idle_agents`
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `text`: Filter on name or username.
```ignore
let response = client.list_users()
    .type_(type_)
    .count(count)
    .exclude_id(exclude_id)
    .offset(offset)
    .only_available(only_available)
    .show_idle_agents(show_idle_agents)
    .sort(sort)
    .text(text)
    .send()
    .await;
```*/
    pub fn list_users(&self) -> builder::ListUsers<'_> {
        builder::ListUsers::new(self)
    }
    /**Give an existing user the agent or manager role

The body takes only `username`; any other key is rejected with 400.

Sends a `POST` request to `/api/v1/livechat/users/{type}`

Arguments:
- `type_`: Which role.
- `body`
```ignore
let response = client.create_user()
    .type_(type_)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_user(&self) -> builder::CreateUser<'_> {
        builder::CreateUser::new(self)
    }
    /**One agent or manager

An unknown id still answers 200, with `user` null.

Sends a `GET` request to `/api/v1/livechat/users/{type}/{_id}`

Arguments:
- `type_`: Which role.
- `id`: User id.
```ignore
let response = client.get_user()
    .type_(type_)
    .id(id)
    .send()
    .await;
```*/
    pub fn get_user(&self) -> builder::GetUser<'_> {
        builder::GetUser::new(self)
    }
    /**Take the agent or manager role away from a user

Sends a `DELETE` request to `/api/v1/livechat/users/{type}/{_id}`

Arguments:
- `type_`: Which role.
- `id`: User id.
```ignore
let response = client.delete_user()
    .type_(type_)
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_user(&self) -> builder::DeleteUser<'_> {
        builder::DeleteUser::new(self)
    }
    /**Register a visitor, or update the one with this token

Upsert keyed on `visitor.token`, a string the client chooses. Also updates the visitor data of the visitor's open rooms. Rate limited to 5 calls a minute.


Sends a `POST` request to `/api/v1/livechat/visitor`

```ignore
let response = client.register_visitor()
    .body(body)
    .send()
    .await;
```*/
    pub fn register_visitor(&self) -> builder::RegisterVisitor<'_> {
        builder::RegisterVisitor::new(self)
    }
    /**Set the visitor's presence

The published docs give `livechat/visitors.status`; the server routes `livechat/visitor.status`.

Sends a `POST` request to `/api/v1/livechat/visitor.status`

```ignore
let response = client.set_visitor_status()
    .body(body)
    .send()
    .await;
```*/
    pub fn set_visitor_status(&self) -> builder::SetVisitorStatus<'_> {
        builder::SetVisitorStatus::new(self)
    }
    /**Move the visitor's room to another department

Sends a `POST` request to `/api/v1/livechat/visitor/department.transfer`

```ignore
let response = client.transfer_visitor_department()
    .body(body)
    .send()
    .await;
```*/
    pub fn transfer_visitor_department(&self) -> builder::TransferVisitorDepartment<'_> {
        builder::TransferVisitorDepartment::new(self)
    }
    /**The visitor with this token

Unknown tokens fail with 400 `invalid-token`. Rate limited to 10 calls a minute.

Sends a `GET` request to `/api/v1/livechat/visitor/{token}`

Arguments:
- `token`: The visitor's token.
```ignore
let response = client.get_visitor()
    .token(token)
    .send()
    .await;
```*/
    pub fn get_visitor(&self) -> builder::GetVisitor<'_> {
        builder::GetVisitor::new(self)
    }
    /**Remove the visitor with this token (GDPR)

Refused while the visitor has open rooms unless the server allows it. Rate limited to 5 calls a minute.


Sends a `DELETE` request to `/api/v1/livechat/visitor/{token}`

Arguments:
- `token`: The visitor's token.
```ignore
let response = client.delete_visitor()
    .token(token)
    .send()
    .await;
```*/
    pub fn delete_visitor(&self) -> builder::DeleteVisitor<'_> {
        builder::DeleteVisitor::new(self)
    }
    /**The open rooms of a visitor, as a manager

Sends a `GET` request to `/api/v1/livechat/visitor/{token}/room`

Arguments:
- `token`: The visitor's token.
```ignore
let response = client.list_visitor_rooms()
    .token(token)
    .send()
    .await;
```*/
    pub fn list_visitor_rooms(&self) -> builder::ListVisitorRooms<'_> {
        builder::ListVisitorRooms::new(self)
    }
    /**Visitors for a search box

Sends a `GET` request to `/api/v1/livechat/visitors.autocomplete`

Arguments:
- `selector`: JSON `{"term": ..., "exceptions": [...]}`.
```ignore
let response = client.autocomplete_visitors()
    .selector(selector)
    .send()
    .await;
```*/
    pub fn autocomplete_visitors(&self) -> builder::AutocompleteVisitors<'_> {
        builder::AutocompleteVisitors::new(self)
    }
    /**Earlier conversations of a visitor

Sends a `GET` request to `/api/v1/livechat/visitors.chatHistory/room/{roomId}/visitor/{visitorId}`

Arguments:
- `room_id`
- `visitor_id`
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
```ignore
let response = client.get_visitor_chat_history()
    .room_id(room_id)
    .visitor_id(visitor_id)
    .count(count)
    .offset(offset)
    .sort(sort)
    .send()
    .await;
```*/
    pub fn get_visitor_chat_history(&self) -> builder::GetVisitorChatHistory<'_> {
        builder::GetVisitorChatHistory::new(self)
    }
    /**A visitor by id

Sends a `GET` request to `/api/v1/livechat/visitors.info`

```ignore
let response = client.get_visitor_info()
    .visitor_id(visitor_id)
    .send()
    .await;
```*/
    pub fn get_visitor_info(&self) -> builder::GetVisitorInfo<'_> {
        builder::GetVisitorInfo::new(self)
    }
    /**Pages the visitor of a room viewed

Sends a `GET` request to `/api/v1/livechat/visitors.pagesVisited/{roomId}`

Arguments:
- `room_id`
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
```ignore
let response = client.list_pages_visited()
    .room_id(room_id)
    .count(count)
    .offset(offset)
    .sort(sort)
    .send()
    .await;
```*/
    pub fn list_pages_visited(&self) -> builder::ListPagesVisited<'_> {
        builder::ListPagesVisited::new(self)
    }
    /**Visitors matching a term

Sends a `GET` request to `/api/v1/livechat/visitors.search`

Arguments:
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `term`
```ignore
let response = client.search_visitors()
    .count(count)
    .offset(offset)
    .sort(sort)
    .term(term)
    .send()
    .await;
```*/
    pub fn search_visitors(&self) -> builder::SearchVisitors<'_> {
        builder::SearchVisitors::new(self)
    }
    /**Search a visitor's conversations

Sends a `GET` request to `/api/v1/livechat/visitors.searchChats/room/{roomId}/visitor/{visitorId}`

Arguments:
- `room_id`
- `visitor_id`
- `closed_chats_only`: `true` or `false`.
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `search_text`
- `served_chats_only`: `true` or `false`.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `source`
```ignore
let response = client.search_visitor_chats()
    .room_id(room_id)
    .visitor_id(visitor_id)
    .closed_chats_only(closed_chats_only)
    .count(count)
    .offset(offset)
    .search_text(search_text)
    .served_chats_only(served_chats_only)
    .sort(sort)
    .source(source)
    .send()
    .await;
```*/
    pub fn search_visitor_chats(&self) -> builder::SearchVisitorChats<'_> {
        builder::SearchVisitorChats::new(self)
    }
    /**Send a sample payload to the webhook URL

Sends a `POST` request to `/api/v1/livechat/webhook.test`

```ignore
let response = client.test_webhook()
    .send()
    .await;
```*/
    pub fn test_webhook(&self) -> builder::TestWebhook<'_> {
        builder::TestWebhook::new(self)
    }
    /**Messages of a livechat room, as an agent

The published docs give `GET livechat/messages/{rid}`; the server routes `livechat/{rid}/messages`.

Sends a `GET` request to `/api/v1/livechat/{rid}/messages`

Arguments:
- `rid`: Room id.
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `search_term`: Text to look for.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
```ignore
let response = client.list_room_messages()
    .rid(rid)
    .count(count)
    .offset(offset)
    .search_term(search_term)
    .sort(sort)
    .send()
    .await;
```*/
    pub fn list_room_messages(&self) -> builder::ListRoomMessages<'_> {
        builder::ListRoomMessages::new(self)
    }
    /**Log a user in with a password (and 2FA code) or a resume token

Answers the user id and an auth token to send as `X-User-Id` and `X-Auth-Token`. When the account has two-factor authentication, the first call fails with 401 `totp-required`; repeat it with the code in `x-2fa-code` (and the method in `x-2fa-method`).


Sends a `POST` request to `/api/v1/login`

Arguments:
- `x_2fa_code`: Two-factor authentication code (one-time, so a plain string).
- `x_2fa_method`: Two-factor method of the code: `totp`, `email` or `password`.
- `body`
```ignore
let response = client.login()
    .x_2fa_code(x_2fa_code)
    .x_2fa_method(x_2fa_method)
    .body(body)
    .send()
    .await;
```*/
    pub fn login(&self) -> builder::Login<'_> {
        builder::Login::new(self)
    }
    /**Invalidate the auth token of this session

Sends a `POST` request to `/api/v1/logout`

```ignore
let response = client.logout()
    .send()
    .await;
```*/
    pub fn logout(&self) -> builder::Logout<'_> {
        builder::Logout::new(self)
    }
    /**The logged-in user

Sends a `GET` request to `/api/v1/me`

```ignore
let response = client.get_me()
    .send()
    .await;
```*/
    pub fn get_me(&self) -> builder::GetMe<'_> {
        builder::GetMe::new(self)
    }
    /**A contact by id, as a visitor record (6.x API)

Missing from the published docs.

Sends a `GET` request to `/api/v1/omnichannel/contact`

```ignore
let response = client.get_legacy_contact()
    .contact_id(contact_id)
    .send()
    .await;
```*/
    pub fn get_legacy_contact(&self) -> builder::GetLegacyContact<'_> {
        builder::GetLegacyContact::new(self)
    }
    /**Create or update a contact from a visitor token (6.x API)

Sends a `POST` request to `/api/v1/omnichannel/contact`

```ignore
let response = client.register_contact()
    .body(body)
    .send()
    .await;
```*/
    pub fn register_contact(&self) -> builder::RegisterContact<'_> {
        builder::RegisterContact::new(self)
    }
    /**Find a contact by email, phone or custom field (6.x API)

Sends a `GET` request to `/api/v1/omnichannel/contact.search`

Arguments:
- `custom`: JSON object of custom field values.
- `email`
- `phone`
```ignore
let response = client.search_legacy_contact()
    .custom(custom)
    .email(email)
    .phone(phone)
    .send()
    .await;
```*/
    pub fn search_legacy_contact(&self) -> builder::SearchLegacyContact<'_> {
        builder::SearchLegacyContact::new(self)
    }
    /**Create a contact

Sends a `POST` request to `/api/v1/omnichannel/contacts`

```ignore
let response = client.create_contact()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_contact(&self) -> builder::CreateContact<'_> {
        builder::CreateContact::new(self)
    }
    /**Block a contact's channel

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/omnichannel/contacts.block`

```ignore
let response = client.block_contact()
    .body(body)
    .send()
    .await;
```*/
    pub fn block_contact(&self) -> builder::BlockContact<'_> {
        builder::BlockContact::new(self)
    }
    /**The channels a contact wrote from

Sends a `GET` request to `/api/v1/omnichannel/contacts.channels`

```ignore
let response = client.list_contact_channels()
    .contact_id(contact_id)
    .send()
    .await;
```*/
    pub fn list_contact_channels(&self) -> builder::ListContactChannels<'_> {
        builder::ListContactChannels::new(self)
    }
    /**Whether a contact exists

Give exactly one of `contactId`, `email`, `phone`.

Sends a `GET` request to `/api/v1/omnichannel/contacts.checkExistence`

```ignore
let response = client.check_contact_existence()
    .contact_id(contact_id)
    .email(email)
    .phone(phone)
    .send()
    .await;
```*/
    pub fn check_contact_existence(&self) -> builder::CheckContactExistence<'_> {
        builder::CheckContactExistence::new(self)
    }
    /**Resolve a contact's conflicting fields

Sends a `POST` request to `/api/v1/omnichannel/contacts.conflicts`

```ignore
let response = client.resolve_contact_conflicts()
    .body(body)
    .send()
    .await;
```*/
    pub fn resolve_contact_conflicts(&self) -> builder::ResolveContactConflicts<'_> {
        builder::ResolveContactConflicts::new(self)
    }
    /**Delete a contact

Missing from the published docs.

Sends a `POST` request to `/api/v1/omnichannel/contacts.delete`

```ignore
let response = client.delete_contact()
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_contact(&self) -> builder::DeleteContact<'_> {
        builder::DeleteContact::new(self)
    }
    /**One contact

404 when unknown.

Sends a `GET` request to `/api/v1/omnichannel/contacts.get`

```ignore
let response = client.get_contact()
    .contact_id(contact_id)
    .send()
    .await;
```*/
    pub fn get_contact(&self) -> builder::GetContact<'_> {
        builder::GetContact::new(self)
    }
    /**The closed conversations of a contact

Sends a `GET` request to `/api/v1/omnichannel/contacts.history`

Arguments:
- `contact_id`
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `source`
```ignore
let response = client.list_contact_history()
    .contact_id(contact_id)
    .count(count)
    .offset(offset)
    .sort(sort)
    .source(source)
    .send()
    .await;
```*/
    pub fn list_contact_history(&self) -> builder::ListContactHistory<'_> {
        builder::ListContactHistory::new(self)
    }
    /**Contacts matching a text

Sends a `GET` request to `/api/v1/omnichannel/contacts.search`

Arguments:
- `count`: Items per page (server cap 100).
- `offset`: Items to skip.
- `search_text`
- `sort`: JSON object of fields to 1 (ascending) or -1 (descending), e.g. `{"ts":-1}`.
- `unknown`
```ignore
let response = client.search_contacts()
    .count(count)
    .offset(offset)
    .search_text(search_text)
    .sort(sort)
    .unknown(unknown)
    .send()
    .await;
```*/
    pub fn search_contacts(&self) -> builder::SearchContacts<'_> {
        builder::SearchContacts::new(self)
    }
    /**Unblock a contact's channel

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/omnichannel/contacts.unblock`

```ignore
let response = client.unblock_contact()
    .body(body)
    .send()
    .await;
```*/
    pub fn unblock_contact(&self) -> builder::UnblockContact<'_> {
        builder::UnblockContact::new(self)
    }
    /**Update a contact

Sends a `POST` request to `/api/v1/omnichannel/contacts.update`

```ignore
let response = client.update_contact()
    .body(body)
    .send()
    .await;
```*/
    pub fn update_contact(&self) -> builder::UpdateContact<'_> {
        builder::UpdateContact::new(self)
    }
    /**Save the CRM integration settings

Sends a `POST` request to `/api/v1/omnichannel/integrations`

```ignore
let response = client.save_integrations()
    .body(body)
    .send()
    .await;
```*/
    pub fn save_integrations(&self) -> builder::SaveIntegrations<'_> {
        builder::SaveIntegrations::new(self)
    }
    /**Outbound message providers

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`). Missing from the published docs.

Sends a `GET` request to `/api/v1/omnichannel/outbound/providers`

Arguments:
- `type_`: e.g. `phone`, `email`.
```ignore
let response = client.list_outbound_providers()
    .type_(type_)
    .send()
    .await;
```*/
    pub fn list_outbound_providers(&self) -> builder::ListOutboundProviders<'_> {
        builder::ListOutboundProviders::new(self)
    }
    /**Send a message through a provider

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`). Missing from the published docs.

Sends a `POST` request to `/api/v1/omnichannel/outbound/providers/{id}/message`

Arguments:
- `id`: Provider id.
- `body`
```ignore
let response = client.send_outbound_message()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn send_outbound_message(&self) -> builder::SendOutboundMessage<'_> {
        builder::SendOutboundMessage::new(self)
    }
    /**A provider's templates and numbers

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`). Missing from the published docs.

Sends a `GET` request to `/api/v1/omnichannel/outbound/providers/{id}/metadata`

Arguments:
- `id`: Provider id.
```ignore
let response = client.get_outbound_provider_metadata()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_outbound_provider_metadata(
        &self,
    ) -> builder::GetOutboundProviderMetadata<'_> {
        builder::GetOutboundProviderMetadata::new(self)
    }
    /**Generate the PDF transcript of a closed room

Enterprise Edition only (needs the matching license; otherwise 400 `error-action-not-allowed`).

Sends a `POST` request to `/api/v1/omnichannel/{rid}/request-transcript`

Arguments:
- `rid`: Room id.
```ignore
let response = client.request_pdf_transcript()
    .rid(rid)
    .send()
    .await;
```*/
    pub fn request_pdf_transcript(&self) -> builder::RequestPdfTranscript<'_> {
        builder::RequestPdfTranscript::new(self)
    }
    /**One server setting's value

Needs the `view-privileged-setting` permission (admins); an unknown id is 400. Not an Omnichannel route: the webhook settings are read and written through it because `omnichannel/integrations` writes its event toggles to setting ids that do not exist (`Livechat_webhookOnStart` for `Livechat_webhook_on_start`) and cannot turn one off.


Sends a `GET` request to `/api/v1/settings/{_id}`

Arguments:
- `id`: The setting id, e.g. `Livechat_webhookUrl`.
```ignore
let response = client.get_setting()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_setting(&self) -> builder::GetSetting<'_> {
        builder::GetSetting::new(self)
    }
    /**Change one server setting

Needs `edit-privileged-setting` (admins) and is two-factor protected: unless the token was authorized recently, the server answers 400 `totp-required`; repeat the call with the code in `x-2fa-code` and its method in `x-2fa-method` (for an account without 2FA, method `password` and the SHA-256 hex digest of the password). An unknown id is 400.


Sends a `POST` request to `/api/v1/settings/{_id}`

Arguments:
- `id`: The setting id, e.g. `Livechat_webhookUrl`.
- `x_2fa_code`: Two-factor code, or the SHA-256 hex digest of the password for method `password`.
- `x_2fa_method`: Two-factor method of the code: `totp`, `email` or `password`.
- `body`
```ignore
let response = client.update_setting()
    .id(id)
    .x_2fa_code(x_2fa_code)
    .x_2fa_method(x_2fa_method)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_setting(&self) -> builder::UpdateSetting<'_> {
        builder::UpdateSetting::new(self)
    }
}
impl Client {
    /**Upload a file to the visitor's room

Sends `POST /api/v1/livechat/upload/{rid}` (multipart).*/
    pub fn upload_file(&self) -> builder::UploadFile<'_> {
        builder::UploadFile::new(self)
    }
}
