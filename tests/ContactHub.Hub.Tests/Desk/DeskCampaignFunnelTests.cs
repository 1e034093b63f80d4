using System.Net;
using System.Text.Json;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Desk;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>Issue 7: the campaign funnel in the supervisor's view, GET /api/desk/campaigns.</summary>
public sealed class DeskCampaignFunnelTests(InProcessDeskFixture fixture) : IClassFixture<InProcessDeskFixture>
{
    private DeskHost Host => fixture.Host;

    [Fact]
    public async Task SupervisorGetsEachCampaignWithItsFunnel()
    {
        var campaign = await CampaignWithKnownDeliveriesAsync();
        using var lead = await Host.SignInAsync("lead1");

        var rows = JsonSerializer.Deserialize<List<DeskCampaignFunnel>>(await lead.GetStringAsync("/api/desk/campaigns"), JsonSerializerOptions.Web)!
            .Select(FunnelRow.Of).ToList();

        var row = Assert.Single(rows, r => r.Id == campaign);
        Assert.Equal(new FunnelRow(campaign, "冬季保养节邀约", "event-invitation", "paused", Targeted: 4, Sent: 3, Delivered: 2, Replied: 1, Booked: 0, Visited: 0, Failed: 0, Skipped: 1), row);
        Assert.Contains(rows, r => r.Name == "首保提醒" && r.Kind == "first-maintenance" && r.Targeted == 0);
    }

    [Fact]
    public async Task AnAgentGets403()
    {
        using var agent = await Host.SignInAsync("agent1");

        using var response = await agent.GetAsync("/api/desk/campaigns");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task WithoutSignInItIs401()
    {
        using var client = Host.AnonymousClient();

        using var response = await client.GetAsync(new Uri("/api/desk/campaigns", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Four targeted: three sent (two of them delivered, one answered on its chat), one skipped for want of consent.</summary>
    private async Task<long> CampaignWithKnownDeliveriesAsync()
    {
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var customer = new Customer { Name = "漏斗测试客户", CreatedAt = now };
        var campaign = new Campaign { Name = "冬季保养节邀约", Kind = CampaignKind.EventInvitation, Status = CampaignStatus.Paused, Definition = "{}", CreatedAt = now };
        db.AddRange(customer, campaign);
        await db.SaveChangesAsync();
        var answered = TestActivities.NewKey();
        var sentAt = now.AddHours(-2);
        CampaignDelivery Delivery(string key, CampaignDeliveryStatus status, DateTimeOffset? sent, DateTimeOffset? delivered, ContactHub.Channels.ConversationKey? chat = null) => new()
        {
            CampaignId = campaign.Id, IdempotencyKey = $"desk-funnel:{campaign.Id}:{key}", CustomerId = customer.Id, Status = status,
            TargetedAt = sentAt.AddMinutes(-5), SentAt = sent, DeliveredAt = delivered, Channel = chat?.Channel, UserId = chat?.UserId,
        };
        db.CampaignDeliveries.AddRange(
            Delivery("answered", CampaignDeliveryStatus.Sent, sentAt, sentAt.AddSeconds(5), answered),
            Delivery("delivered", CampaignDeliveryStatus.Sent, sentAt, sentAt.AddSeconds(5), TestActivities.NewKey()),
            Delivery("sent", CampaignDeliveryStatus.Sent, sentAt, delivered: null, TestActivities.NewKey()),
            Delivery("skipped", CampaignDeliveryStatus.Skipped, sent: null, delivered: null));
        db.Transcript.Add(new TranscriptEntry
        {
            Channel = answered.Channel, UserId = answered.UserId, Direction = TranscriptDirection.Inbound, Type = "message", Text = "好的，我想报名", At = sentAt.AddMinutes(30),
        });
        await db.SaveChangesAsync();
        return campaign.Id;
    }

    private sealed record FunnelRow(
        long Id, string Name, string Kind, string Status, int Targeted, int Sent, int Delivered, int Replied, int Booked, int Visited, int Failed, int Skipped)
    {
        public static FunnelRow Of(DeskCampaignFunnel row)
        {
            var f = row.Funnel;
            return new(row.Id, row.Name, row.Kind, row.Status, f.Targeted, f.Sent, f.Delivered, f.Replied, f.Booked, f.Visited, f.Failed, f.Skipped);
        }
    }
}
