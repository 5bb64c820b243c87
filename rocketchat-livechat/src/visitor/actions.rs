//! What else a visitor does besides writing: custom fields, page views, the survey, presence,
//! moving to another department, asking who serves it, editing its messages. Each call
//! carries the session's token where its endpoint expects it.

use rocketchat_api::types;

use crate::Result;
use crate::VisitorSession;

impl VisitorSession {
    /// Sets one of the visitor's custom fields (a visitor-scoped field id).
    pub async fn set_custom_field(&self, key: &str, value: &str, overwrite: bool) -> Result<()> {
        let body = types::SetCustomFieldRequest {
            token: self.token().clone(),
            key: key.to_owned(),
            value: value.to_owned(),
            overwrite,
        };
        self.client()
            .api()
            .set_visitor_custom_field()
            .body(body)
            .await
            .map(drop)
    }

    /// Sets several of the visitor's custom fields.
    pub async fn set_custom_fields(&self, fields: Vec<types::CustomFieldInput>) -> Result<()> {
        let body = types::SetCustomFieldsRequest {
            token: self.token().clone(),
            custom_fields: fields,
        };
        self.client()
            .api()
            .set_visitor_custom_fields()
            .body(body)
            .await
            .map(drop)
    }

    /// Records that the visitor opened a page (title and URL), in room `rid` when given.
    pub async fn page_visited(&self, rid: Option<&str>, title: &str, href: &str) -> Result<()> {
        let body = types::PageVisitedRequest {
            token: self.token().clone(),
            rid: rid.map(str::to_owned),
            page_info: types::PageVisitedRequestPageInfo {
                title: title.to_owned(),
                change: "url".to_owned(),
                location: types::PageVisitedRequestPageInfoLocation {
                    href: href.to_owned(),
                },
            },
        };
        self.client()
            .api()
            .record_page_visited()
            .body(body)
            .await
            .map(drop)
    }

    /// Answers the satisfaction survey of room `rid`: `(item, value)` pairs such as
    /// `("satisfaction", "5")`.
    pub async fn submit_survey(&self, rid: &str, answers: &[(&str, &str)]) -> Result<()> {
        let body = types::SurveyRequest {
            token: self.token().clone(),
            rid: rid.to_owned(),
            data: answers
                .iter()
                .map(|(name, value)| types::SurveyRequestDataItem {
                    name: (*name).to_owned(),
                    value: (*value).to_owned(),
                })
                .collect(),
        };
        self.client()
            .api()
            .submit_room_survey()
            .body(body)
            .await
            .map(drop)
    }

    /// Sets the visitor's presence (`UserStatus::Online`, `Away`, `Busy`, `Offline`).
    pub async fn set_status(&self, status: types::UserStatus) -> Result<()> {
        let body = types::VisitorStatusRequest {
            token: self.token().clone(),
            status,
        };
        self.client()
            .api()
            .set_visitor_status()
            .body(body)
            .await
            .map(drop)
    }

    /// Moves the visitor's room `rid` to another department.
    pub async fn transfer_to_department(&self, rid: &str, department: &str) -> Result<()> {
        let body = types::DepartmentTransferRequest {
            token: self.token().clone(),
            rid: rid.to_owned(),
            department: department.to_owned(),
        };
        self.client()
            .api()
            .transfer_visitor_department()
            .body(body)
            .await
            .map(drop)
    }

    /// The agent serving room `rid`, if any: [`types::VisitorAgent::AgentInfo`], or
    /// [`types::VisitorAgent::HiddenAgentInfo`] while the server hides its agents (setting
    /// `Livechat_show_agent_info` off).
    pub async fn agent(&self, rid: &str) -> Result<Option<types::VisitorAgent>> {
        Ok(self
            .client()
            .api()
            .get_agent_info()
            .rid(rid)
            .token(self.token().expose_secret())
            .await?
            .agent)
    }

    /// The agent a new chat of the visitor would be routed to (optionally in a department).
    /// As [`agent`](Self::agent), a hidden one included.
    pub async fn next_agent(
        &self,
        department: Option<&str>,
    ) -> Result<Option<types::VisitorAgent>> {
        let mut request = self
            .client()
            .api()
            .get_next_agent()
            .token(self.token().expose_secret());
        if let Some(department) = department {
            request = request.department(department);
        }
        Ok(request.await?.agent)
    }

    /// Replaces the text of one of the visitor's messages in room `rid`.
    pub async fn edit_message(
        &self,
        rid: &str,
        message_id: &str,
        text: &str,
    ) -> Result<types::Message> {
        let body = types::VisitorMessageRequest {
            token: self.token().clone(),
            rid: rid.to_owned(),
            msg: text.to_owned(),
        };
        Ok(self
            .client()
            .api()
            .update_visitor_message()
            .id(message_id)
            .body(body)
            .await?
            .message)
    }

    /// Deletes one of the visitor's messages in room `rid`.
    pub async fn delete_message(&self, rid: &str, message_id: &str) -> Result<()> {
        let body = types::VisitorMessageRefRequest {
            token: self.token().clone(),
            rid: rid.to_owned(),
            count: None,
            offset: None,
            sort: None,
        };
        self.client()
            .api()
            .delete_visitor_message()
            .id(message_id)
            .body(body)
            .await
            .map(drop)
    }

    /// Runs the external service of trigger `trigger_id` for the visitor (Enterprise).
    pub async fn call_trigger(&self, trigger_id: &str) -> Result<types::ExternalServiceResult> {
        let body = types::CallExternalServiceRequest {
            token: self.token().clone(),
            extra_data: Vec::new(),
        };
        self.client()
            .api()
            .call_trigger_external_service()
            .id(trigger_id)
            .body(body)
            .await
    }
}
