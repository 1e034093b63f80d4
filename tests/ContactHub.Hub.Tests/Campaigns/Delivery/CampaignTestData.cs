using System.Text.Json;
using System.Text.Json.Nodes;
using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Campaigns.Delivery;

/// <summary>
/// Campaign messages as the engine makes them: a campaign row, a queued delivery row, and the outbox message whose
/// activity carries the stamp under channelData "campaign".
/// </summary>
public static class CampaignTestData
{
    /// <summary>A demo owner of exactly one car, without appointments, that no earlier test in this database used.</summary>
    public static async Task<(Customer Customer, Vehicle Vehicle)> OwnerOfOneCarAsync(CampaignHubHost host, int skip = 0)
    {
        await using var db = await host.RecordsAsync();
        var customer = await db.Customers.AsNoTracking()
            .Where(c => db.Vehicles.Count(v => v.CustomerId == c.Id) == 1 && !db.Appointments.Any(a => a.CustomerId == c.Id)
                && !db.CampaignDeliveries.Any(d => d.CustomerId == c.Id))
            .OrderBy(c => c.Id).Skip(skip).FirstAsync();
        return (customer, await db.Vehicles.AsNoTracking().SingleAsync(v => v.CustomerId == customer.Id));
    }

    public static async Task<long> CampaignAsync(CampaignHubHost host, CampaignKind kind, CampaignStatus status = CampaignStatus.Running)
    {
        await using var db = await host.RecordsAsync();
        var definition = new CampaignDefinition { Name = $"test {kind}", Kind = kind, EventDate = new DateOnly(2026, 12, 12) };
        var campaign = new Campaign
        {
            Name = definition.Name,
            Kind = kind,
            Status = status,
            Definition = JsonSerializer.Serialize(definition, CampaignJsonContext.Default.CampaignDefinition),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign.Id;
    }

    /// <summary>Records the queued delivery and enqueues its message, as a campaign run does.</summary>
    public static async Task<OutboxMessage> EnqueueAsync(
        CampaignHubHost host, CampaignStamp stamp, ConversationKey to, OutboxPurpose purpose = OutboxPurpose.Service, string? text = null, IOutbox? outbox = null)
    {
        await using (var db = await host.RecordsAsync())
        {
            db.CampaignDeliveries.Add(new CampaignDelivery
            {
                CampaignId = stamp.CampaignId,
                IdempotencyKey = stamp.DeliveryKey,
                CustomerId = stamp.CustomerId,
                VehicleId = stamp.VehicleId,
                Channel = to.Channel,
                UserId = to.UserId,
                Purpose = purpose,
                Status = Hub.Campaigns.CampaignDeliveryStatus.Queued,
                TargetedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var message = Message(stamp, to, purpose, text);
        Assert.Equal(EnqueueResult.Enqueued, await (outbox ?? host.Outbox).EnqueueAsync(message, CancellationToken.None));
        return message;
    }

    public static OutboxMessage Message(CampaignStamp stamp, ConversationKey to, OutboxPurpose purpose, string? text = null)
    {
        var channelData = new JsonObject
        {
            ["campaign"] = JsonNode.Parse(JsonSerializer.Serialize(stamp, CampaignJsonContext.Default.CampaignStamp)),
            ["purpose"] = purpose == OutboxPurpose.Marketing ? "marketing" : "service",
        };
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount { Id = "contacthub", Role = "bot" },
            Recipient = new ChannelAccount { Id = to.UserId, Role = "user" },
            Text = text ?? stamp.Kind.ToString(),
            ChannelData = JsonDocument.Parse(channelData.ToJsonString()).RootElement.Clone(),
        };
        return new OutboxMessage(stamp.DeliveryKey, to, activity, purpose);
    }

    public static CampaignStamp Reminder(long campaignId, Customer customer, Vehicle vehicle) => new()
    {
        CampaignId = campaignId,
        DeliveryKey = $"campaign:{campaignId}:periodic:{vehicle.Id}:{Guid.NewGuid():N}",
        Kind = CampaignKind.PeriodicMaintenance,
        CustomerId = customer.Id,
        VehicleId = vehicle.Id,
        Plate = vehicle.Plate,
        ServiceType = ServiceType.RegularMaintenance,
        DueDate = new DateOnly(2026, 12, 20),
    };
}
