using System.Net;
using System.Net.Http.Json;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Campaigns.Delivery;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Campaigns.Delivery;

/// <summary>GET /api/campaigns/{id}/funnel over messages the real outbox sent and what the customers did next.</summary>
[Collection(RedisCollection.Name)]
public sealed class CampaignFunnelTests(RedisServerFixture redis) : IAsyncLifetime
{
    private CampaignHubHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new CampaignHubHost(redis.ConnectionString);
        _host.Client.DefaultRequestHeaders.Add("X-Api-Key", "dev-contacthub-api-key");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CountsEachStageFromTargetedToVisited()
    {
        var campaign = await CampaignTestData.CampaignAsync(_host, CampaignKind.PeriodicMaintenance);
        var (replier, replierCar) = await CampaignTestData.OwnerOfOneCarAsync(_host, skip: 0);
        var replierKey = TestActivities.NewKey();
        var toReplier = await CampaignTestData.EnqueueAsync(_host, CampaignTestData.Reminder(campaign, replier, replierCar), replierKey);
        var (silent, silentCar) = await CampaignTestData.OwnerOfOneCarAsync(_host, skip: 0);
        var toSilent = await CampaignTestData.EnqueueAsync(_host, CampaignTestData.Reminder(campaign, silent, silentCar), TestActivities.NewKey());
        await SkippedAsync(campaign, replier.Id);
        await _host.WaitForRowAsync(toReplier.IdempotencyKey, r => r.Status == CampaignDeliveryStatus.Sent);
        await _host.WaitForRowAsync(toSilent.IdempotencyKey, r => r.Status == CampaignDeliveryStatus.Sent);

        await _host.SendAsync(replierKey, "预约");
        await BookedAndVisitedAsync(replier.Id, replierCar.Id);

        var funnel = await _host.Client.GetFromJsonAsync<CampaignFunnel>(new Uri($"/api/campaigns/{campaign}/funnel", UriKind.Relative));
        Assert.Equal(new CampaignFunnel(campaign, Targeted: 3, Sent: 2, Delivered: 0, Replied: 1, Booked: 1, Visited: 1, Failed: 0, Skipped: 1), funnel);
        var row = await _host.RowAsync(toReplier.IdempotencyKey);
        Assert.True(row.RepliedAt > row.SentAt && row.BookedAt > row.SentAt);
    }

    [Fact]
    public async Task AnUnknownCampaignIs404()
    {
        var response = await _host.Client.GetAsync(new Uri("/api/campaigns/987654321/funnel", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task SkippedAsync(long campaign, long customerId)
    {
        await using var db = await _host.RecordsAsync();
        db.CampaignDeliveries.Add(new CampaignDelivery
        {
            CampaignId = campaign, IdempotencyKey = $"campaign:{campaign}:skipped:{Guid.NewGuid():N}", CustomerId = customerId,
            Status = CampaignDeliveryStatus.Skipped, Reason = "no-consent", TargetedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    private async Task BookedAndVisitedAsync(long customerId, long vehicleId)
    {
        await using var db = await _host.RecordsAsync();
        var now = DateTimeOffset.UtcNow;
        db.Appointments.Add(new Appointment
        {
            CustomerId = customerId, VehicleId = vehicleId, ServiceType = ServiceType.RegularMaintenance, StartsAt = now.AddDays(2),
            Bay = 2, SourceChannel = "test", CreatedAt = now,
        });
        db.ServiceVisits.Add(new ServiceVisit { VehicleId = vehicleId, Date = DateOnly.FromDateTime(now.AddHours(8).Date).AddDays(1), Type = ServiceType.RegularMaintenance });
        await db.SaveChangesAsync();
    }
}
