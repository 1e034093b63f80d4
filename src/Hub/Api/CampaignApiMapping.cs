using System.Text.Json;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Records.Model;

namespace ContactHub.Hub.Api;

/// <summary>Campaign records and reports to their API shapes.</summary>
public static class CampaignApiMapping
{
    public static CampaignDto ToDto(this Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var definition = JsonSerializer.Deserialize(campaign.Definition, CampaignJsonContext.Default.CampaignDefinition);
        return new CampaignDto(
            campaign.Id, campaign.Name, ApiNames.Of(campaign.Kind), ApiNames.Of(campaign.Status),
            definition?.LeadDays, definition?.DelayDays, definition?.Segment, definition?.EventDate, definition?.Message,
            campaign.CreatedAt, campaign.StartedAt, campaign.PausedAt, campaign.LastRunAt);
    }

    public static CampaignReportDto ToDto(this CampaignRunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new CampaignReportDto(
            report.CampaignId, report.Targeted, report.Enqueued, report.AlreadyKnown, report.Skipped,
            [.. report.Sends.Select(s => new PlannedSendDto(s.IdempotencyKey, s.CustomerId, s.VehicleId, s.Channel, s.UserId, ApiNames.Of(s.Purpose), s.SendAt, s.SkipReason))]);
    }
}
