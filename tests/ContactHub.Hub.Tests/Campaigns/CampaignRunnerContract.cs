using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Campaigns.Planning;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.Tests.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Campaigns;

/// <summary>What the campaign runner must do on every records provider, over the demo dealer (one subclass per provider).</summary>
public abstract class CampaignRunnerContract : IAsyncLifetime
{
    private static readonly CampaignDefinition Periodic = new() { Name = "日常保养提醒", Kind = CampaignKind.PeriodicMaintenance, LeadDays = 30 };

    protected CampaignHost Hub { get; private set; } = null!;

    /// <summary>Starts one more hub instance on the same database (and the same Redis outbox, where the subclass has one).</summary>
    protected abstract Task<CampaignHost> StartInstanceAsync();

    public async Task InitializeAsync()
    {
        Hub = await StartInstanceAsync();
        await Hub.SeedDemoDataAsync();
    }

    public virtual Task DisposeAsync()
    {
        Hub.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheDryRunsRecipientsAreTheRealRunsRecipients()
    {
        var id = await Hub.CreateCampaignAsync(Periodic);

        var preview = await Hub.Runner.PreviewAsync(id, limit: 1000, CancellationToken.None);
        Assert.Empty(await Hub.DeliveriesAsync(id));
        var run = await Hub.Runner.RunAsync(id, CancellationToken.None);

        Assert.True(preview.Targeted > 0, "the demo dealer has periodic services due");
        var planned = preview.Sends.Where(s => s.SkipReason is null).Select(s => (s.IdempotencyKey, s.Channel, s.UserId)).Order().ToList();
        var queued = (await Hub.DeliveriesAsync(id)).Where(d => d.Status == CampaignDeliveryStatus.Queued).Select(d => (d.IdempotencyKey, d.Channel, d.UserId)).Order().ToList();
        Assert.Equal(planned, queued);
        Assert.Equal((preview.Targeted, planned.Count), (run.Targeted, run.Enqueued));
        Assert.Equal(preview.Skipped, run.Skipped);
    }

    [Fact]
    public async Task RunningTwiceEnqueuesEachKeyOnce()
    {
        var id = await Hub.CreateCampaignAsync(Periodic);

        var first = await Hub.Runner.RunAsync(id, CancellationToken.None);
        var second = await Hub.Runner.RunAsync(id, CancellationToken.None);

        Assert.True(first.Enqueued > 0);
        Assert.Equal((0, first.Targeted), (second.Enqueued, second.AlreadyKnown));
        foreach (var delivery in (await Hub.DeliveriesAsync(id)).Where(d => d.Status == CampaignDeliveryStatus.Queued))
        {
            Assert.NotNull(await Hub.Outbox.GetDeliveryAsync(delivery.IdempotencyKey, CancellationToken.None));
        }
    }

    [Fact]
    public async Task ADeliveryRecordedButNeverEnqueuedIsEnqueuedByTheNextRun()
    {
        var id = await Hub.CreateCampaignAsync(Periodic);
        var planned = (await Hub.Runner.PreviewAsync(id, limit: 1000, CancellationToken.None)).Sends.First(s => s.SkipReason is null);
        await using (var db = await Hub.DbAsync())
        {
            // What a crash between the insert and the enqueue leaves behind.
            db.CampaignDeliveries.Add(new CampaignDelivery
            {
                CampaignId = id,
                IdempotencyKey = planned.IdempotencyKey,
                CustomerId = planned.CustomerId,
                VehicleId = planned.VehicleId,
                Channel = planned.Channel,
                UserId = planned.UserId,
                Purpose = planned.Purpose,
                Status = CampaignDeliveryStatus.Queued,
                TargetedAt = RecordsHost.Now,
            });
            await db.SaveChangesAsync();
        }

        var report = await Hub.Runner.RunAsync(id, CancellationToken.None);

        Assert.Equal(1, report.AlreadyKnown);
        // Every queued row went into the outbox in this run, the repaired one included (each counts in one report).
        Assert.Equal((await Hub.DeliveriesAsync(id)).Count(d => d.Status == CampaignDeliveryStatus.Queued), report.Enqueued);
        var queued = await Hub.Outbox.GetDeliveryAsync(planned.IdempotencyKey, CancellationToken.None);
        Assert.Equal(planned.UserId, queued?.Message.To.UserId);
    }

    [Fact]
    public async Task TwoInstancesRunningAtOnceEnqueueEachKeyOnce()
    {
        using var other = await StartInstanceAsync();
        var id = await Hub.CreateCampaignAsync(Periodic);

        var reports = await Task.WhenAll(
            Task.Run(() => Hub.Runner.RunAsync(id, CancellationToken.None)),
            Task.Run(() => other.Runner.RunAsync(id, CancellationToken.None)));

        var queued = (await Hub.DeliveriesAsync(id)).Count(d => d.Status == CampaignDeliveryStatus.Queued);
        Assert.True(queued > 0);
        Assert.Equal(queued, reports.Sum(r => r.Enqueued));
        Assert.Equal(reports[0].Targeted, reports[1].Targeted);
        Assert.Equal(await EnqueuedCountAsync(), queued);
    }

    /// <summary>How many messages the outbox holds in all; with one shared Redis, what both instances enqueued.</summary>
    protected abstract Task<long> EnqueuedCountAsync();

    [Fact]
    public async Task OptedOutAndUnconsentedCustomersGetNothing()
    {
        var id = await Hub.CreateCampaignAsync(Periodic);
        var preview = await Hub.Runner.PreviewAsync(id, limit: 1000, CancellationToken.None);
        var due = preview.Sends.Where(s => s.SkipReason is null).Select(s => s.CustomerId).Distinct().Take(2).ToArray();
        Assert.Equal(2, due.Length);
        await WithdrawServiceConsentAsync(due[0]);
        await SetActiveEverywhereAsync(due[1], active: false);
        try
        {
            await Hub.Runner.RunAsync(id, CancellationToken.None);
        }
        finally
        {
            await SetActiveEverywhereAsync(due[1], active: true); // the opt-out lives in the Redis the other tests share
        }

        var deliveries = await Hub.DeliveriesAsync(id);
        Assert.All(deliveries.Where(d => d.CustomerId == due[0]), d => Assert.Equal((CampaignDeliveryStatus.Skipped, SkipReasons.NoConsent), (d.Status, d.Reason)));
        Assert.All(deliveries.Where(d => d.CustomerId == due[1]), d => Assert.Equal((CampaignDeliveryStatus.Skipped, SkipReasons.OptedOut), (d.Status, d.Reason)));
        foreach (var delivery in deliveries.Where(d => due.Contains(d.CustomerId)))
        {
            Assert.Null(await Hub.Outbox.GetDeliveryAsync(delivery.IdempotencyKey, CancellationToken.None));
        }
    }

    [Fact]
    public async Task EventInvitationsNeedMarketingConsentAndGoOncePerCustomer()
    {
        var id = await Hub.CreateCampaignAsync(new CampaignDefinition
        {
            Name = "冬季免费检测",
            Kind = CampaignKind.EventInvitation,
            Segment = new CampaignSegment(),
            Message = new Dictionary<string, string>(StringComparer.Ordinal) { ["zh-CN"] = "冬季免费检测邀请", ["en"] = "Free winter check" },
        });

        var report = await Hub.Runner.RunAsync(id, CancellationToken.None);

        await using var db = await Hub.DbAsync();
        var withMarketing = await db.Consents.CountAsync(c => c.Purpose == ConsentPurpose.Marketing && c.Granted);
        Assert.Equal(50, report.Targeted);
        Assert.Equal(withMarketing, report.Enqueued + report.Skipped.GetValueOrDefault(SkipReasons.OptedOut)); // other tests' STOPs share this Redis
        Assert.Equal(50 - withMarketing, report.Skipped[SkipReasons.NoConsent]);
        Assert.All(await Hub.DeliveriesAsync(id), d => Assert.Equal(ContactHub.Hub.Outbox.OutboxPurpose.Marketing, d.Purpose));
    }

    [Fact]
    public async Task RemindsOfAnAppointmentTheDayBeforeOnly()
    {
        await using (var db = await Hub.DbAsync())
        {
            var vehicle = await db.Vehicles.OrderBy(v => v.Id).FirstAsync();
            db.Appointments.Add(Appointment(vehicle, RecordsHost.Now.AddDays(1).AddHours(1)));
            db.Appointments.Add(Appointment(vehicle, RecordsHost.Now.AddDays(2).AddHours(1)));
            await db.SaveChangesAsync();
        }

        var id = await Hub.CreateCampaignAsync(new CampaignDefinition { Name = "预约提醒", Kind = CampaignKind.AppointmentReminder });
        var report = await Hub.Runner.RunAsync(id, CancellationToken.None);

        Assert.Equal((1, 1), (report.Targeted, report.Enqueued));
        var delivery = Assert.Single(await Hub.DeliveriesAsync(id));
        var message = await Hub.Outbox.GetDeliveryAsync(delivery.IdempotencyKey, CancellationToken.None);
        Assert.Matches("11月28日|Nov 28", message!.Message.Activity.Text);
        Assert.Equal(delivery.IdempotencyKey, message.Message.Activity.ChannelData!.Value.GetProperty("campaign").GetProperty("deliveryKey").GetString());
    }

    private static Appointment Appointment(Vehicle vehicle, DateTimeOffset startsAt) => new()
    {
        CustomerId = vehicle.CustomerId!.Value,
        VehicleId = vehicle.Id,
        ServiceType = ServiceType.RegularMaintenance,
        StartsAt = startsAt,
        Bay = 1,
        Status = AppointmentStatus.Booked,
        SourceChannel = ChannelIds.WeChat,
        CreatedAt = RecordsHost.Now,
    };

    private async Task WithdrawServiceConsentAsync(long customerId)
    {
        await using var db = await Hub.DbAsync();
        await db.Consents.Where(c => c.CustomerId == customerId && c.Purpose == ConsentPurpose.ServiceNotifications)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Granted, false));
    }

    private async Task SetActiveEverywhereAsync(long customerId, bool active)
    {
        await using var db = await Hub.DbAsync();
        var customer = await db.Customers.SingleAsync(c => c.Id == customerId);
        var identities = Hub.Get<IChannelIdentityStatusStore>();
        if (customer.WeChatOpenId is { } openId)
        {
            await identities.SetActiveAsync(new ConversationKey(ChannelIds.WeChat, openId), active, CancellationToken.None);
        }

        await identities.SetActiveAsync(new ConversationKey(ChannelIds.Sms, customer.Mobile!), active, CancellationToken.None);
    }
}
