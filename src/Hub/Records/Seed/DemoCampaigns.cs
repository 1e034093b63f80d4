using System.Text.Json;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Records.Model;

namespace ContactHub.Hub.Records.Seed;

/// <summary>Draft campaigns of the demo dealer, so the campaigns API and the desk show something on first start.</summary>
internal static class DemoCampaigns
{
    public static IEnumerable<Campaign> Create(DateTimeOffset now)
    {
        CampaignDefinition[] definitions =
        [
            new() { Name = "首保提醒", Kind = CampaignKind.FirstMaintenance },
            new() { Name = "日常保养提醒", Kind = CampaignKind.PeriodicMaintenance },
            new() { Name = "维修保养回访", Kind = CampaignKind.VisitSurvey },
            new() { Name = "预约到店提醒", Kind = CampaignKind.AppointmentReminder },
        ];
        return definitions.Select(d => new Campaign
        {
            Name = d.Name,
            Kind = d.Kind,
            Status = CampaignStatus.Draft,
            Definition = JsonSerializer.Serialize(d, CampaignJsonContext.Default.CampaignDefinition),
            CreatedAt = now,
        });
    }
}
