//! Dashboards and analytics over a period.

use chrono::{DateTime, Utc};
use rocketchat_api::types;

use super::area;
use crate::Result;

area! {
    /// Dashboard figures; from [`Client::analytics`](crate::Client::analytics).
    Analytics, analytics
}

impl<'a> Analytics<'a> {
    /// Chats by state (open, closed, queued, on hold) started in the period.
    pub async fn chats(
        &self,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Result<types::ChatsChart> {
        self.client
            .api()
            .get_chats_chart()
            .start(start)
            .end(end)
            .await
    }

    /// Agents by status, now.
    pub async fn agents_status(&self) -> Result<types::AgentsStatusChart> {
        self.client.api().get_agents_status_chart().await
    }

    /// Response, reaction and chat duration times in the period.
    pub async fn timings(
        &self,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Result<types::TimingsChart> {
        self.client
            .api()
            .get_timings_chart()
            .start(start)
            .end(end)
            .await
    }

    /// The conversation totals of the period (`title`/`value` pairs).
    pub async fn conversation_totals(
        &self,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Result<types::Totalizers> {
        self.client
            .api()
            .get_conversation_totalizers()
            .start(start)
            .end(end)
            .await
    }

    /// A named overview (`Conversations` or `Productivity`) for dates `from`..`to`
    /// (`YYYY-MM-DD`). `None` when the server knows no overview of that name or cannot read
    /// the dates: it answers `{"success": true}` alone then.
    pub async fn overview(
        &self,
        name: &str,
        from: &str,
        to: &str,
    ) -> Result<Option<types::OverviewFigures>> {
        let overview = self
            .client
            .api()
            .get_analytics_overview()
            .name(name)
            .from(from)
            .to(to)
            .await?;
        Ok(match overview {
            types::AnalyticsOverview::OverviewFigures(figures) => Some(figures),
            types::AnalyticsOverview::NoOverview(_) => None,
        })
    }
}
