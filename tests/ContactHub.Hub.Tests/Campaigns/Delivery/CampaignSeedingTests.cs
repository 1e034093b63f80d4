using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Campaigns.Delivery;

/// <summary>
/// A campaign message sent by the real outbox worker seeds the customer's conversation on Redis, so the customer's
/// answer continues in the dialog the message began - through the real turn pipeline.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class CampaignSeedingTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Zh = "zh-CN";
    private CampaignHubHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new CampaignHubHost(redis.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("预约")]
    [InlineData("1")]
    public async Task AReplyToAMaintenanceReminderContinuesIntoBooking(string reply)
    {
        var (customer, vehicle) = await CampaignTestData.OwnerOfOneCarAsync(_host);
        var campaign = await CampaignTestData.CampaignAsync(_host, CampaignKind.PeriodicMaintenance);
        var key = TestActivities.NewKey();
        var message = await CampaignTestData.EnqueueAsync(_host, CampaignTestData.Reminder(campaign, customer, vehicle), key);

        var row = await _host.WaitForRowAsync(message.IdempotencyKey, r => r.Status != CampaignDeliveryStatus.Queued);
        var reminder = Assert.Single(_host.Channel.SentTo(key));
        Assert.Equal(CampaignDeliveryStatus.Sent, row.Status);
        Assert.NotNull(row.SentAt);
        Assert.Contains(vehicle.Plate, reminder.Text, StringComparison.Ordinal);
        Assert.Equal(4, reminder.SuggestedActions!.Actions.Count);

        var answer = Assert.Single((await _host.SendAsync(key, reply)).Replies);
        Assert.Equal(Strings.BookingAskDateTime(Zh), answer.Text);
    }

    [Fact]
    public async Task ASurveyInvitationBeginsTheSurveyAndTheScoreAnswersItsFirstQuestion()
    {
        var (customer, vehicle) = await CampaignTestData.OwnerOfOneCarAsync(_host, skip: 2);
        var campaign = await CampaignTestData.CampaignAsync(_host, CampaignKind.VisitSurvey);
        var key = TestActivities.NewKey();
        var stamp = new CampaignStamp
        {
            CampaignId = campaign, DeliveryKey = $"campaign:{campaign}:visit-survey:{vehicle.Id}", Kind = CampaignKind.VisitSurvey,
            CustomerId = customer.Id, VehicleId = vehicle.Id, Plate = vehicle.Plate,
        };
        var message = await CampaignTestData.EnqueueAsync(_host, stamp, key);

        await _host.WaitForRowAsync(message.IdempotencyKey, r => r.Status == CampaignDeliveryStatus.Sent);
        var invitation = _host.Channel.SentTo(key).Select(a => a.Text).ToList();
        Assert.Equal([Strings.SurveyIntroService(Zh), Strings.SurveyAskServiceOverall(Zh)], invitation);

        var next = Assert.Single((await _host.SendAsync(key, "5")).Replies);
        Assert.Equal(Strings.SurveyAskAdvisor(Zh), next.Text);
    }

    [Fact]
    public async Task AnAppointmentReminderSendsTheEngineTextAndLeavesTheConversationAsItWas()
    {
        var (customer, vehicle) = await CampaignTestData.OwnerOfOneCarAsync(_host, skip: 4);
        var campaign = await CampaignTestData.CampaignAsync(_host, CampaignKind.AppointmentReminder);
        long appointmentId;
        await using (var db = await _host.RecordsAsync())
        {
            var appointment = new Appointment
            {
                CustomerId = customer.Id, VehicleId = vehicle.Id, ServiceType = ServiceType.RegularMaintenance,
                StartsAt = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero), Bay = 1, SourceChannel = "test", CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Appointments.Add(appointment);
            await db.SaveChangesAsync();
            appointmentId = appointment.Id;
        }

        var key = TestActivities.NewKey();
        var stamp = new CampaignStamp
        {
            CampaignId = campaign, DeliveryKey = $"campaign:{campaign}:appointment:{appointmentId}", Kind = CampaignKind.AppointmentReminder,
            CustomerId = customer.Id, VehicleId = vehicle.Id, AppointmentId = appointmentId,
        };
        var text = Strings.CampaignAppointmentReminder(Zh, "星辰汽车", "12月1日 10:00", vehicle.Plate, "常规保养", "北京市朝阳区");
        var message = await CampaignTestData.EnqueueAsync(_host, stamp, key, text: text);

        await _host.WaitForRowAsync(message.IdempotencyKey, r => r.Status == CampaignDeliveryStatus.Sent);
        var sent = Assert.Single(_host.Channel.SentTo(key));
        Assert.Equal(text, sent.Text);
        Assert.Null(sent.SuggestedActions);
        var (state, _) = await _host.Services.GetRequiredService<IConversationStore>().LoadAsync(key, CancellationToken.None);
        Assert.Empty(state.Dialogs.Stack);
    }
}
