using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Campaigns.Targeting;
using Microsoft.Extensions.Time.Testing;

namespace ContactHub.Hub.Tests.Campaigns;

public sealed class MaintenanceRulesTests
{
    private static readonly DateOnly Delivered = new(2026, 1, 10);
    private static readonly MaintenanceInterval FirstService = new CampaignOptions().Default.FirstService;
    private static readonly MaintenanceInterval Periodic = new CampaignOptions().Default.Periodic;

    [Fact]
    public void FirstServiceIsDueByTimeForALightDriver()
    {
        var due = MaintenanceDue.DueDate(new OdometerReading(Delivered, 0), new OdometerReading(Delivered, 0), kilometresPerDay: 20, FirstService);

        Assert.Equal(Delivered.AddMonths(3), due); // 5,000 km would take 250 days
    }

    [Fact]
    public void FirstServiceIsDueByMileageForAHeavyDriver()
    {
        var due = MaintenanceDue.DueDate(new OdometerReading(Delivered, 0), new OdometerReading(Delivered, 0), kilometresPerDay: 100, FirstService);

        Assert.Equal(Delivered.AddDays(50), due);
    }

    [Fact]
    public void MileageCountsOnFromTheLatestReading()
    {
        var serviced = new OdometerReading(new DateOnly(2026, 3, 1), 8_000);
        var repair = new OdometerReading(new DateOnly(2026, 4, 1), 16_000); // 2,000 km left of the 10,000

        var due = MaintenanceDue.DueDate(serviced, repair, kilometresPerDay: 100, Periodic);

        Assert.Equal(repair.Date.AddDays(20), due);
    }

    [Fact]
    public void EstimatesDailyDistanceBetweenVisitsOrElseSinceDelivery()
    {
        var first = new OdometerReading(new DateOnly(2026, 4, 10), 3_000);
        var last = new OdometerReading(new DateOnly(2026, 10, 7), 12_000); // 180 days later

        Assert.Equal(50, OdometerEstimate.KilometresPerDay(Delivered, first, last, fallback: 35));
        Assert.Equal(12_000.0 / 270, OdometerEstimate.KilometresPerDay(Delivered, last, last, fallback: 35));
        Assert.Equal(35, OdometerEstimate.KilometresPerDay(Delivered, null, null, fallback: 35));
    }

    [Theory]
    [InlineData(-8, false)]
    [InlineData(-7, true)]
    [InlineData(0, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void RemindsFromTheLeadDaysUntilLongOverdue(int daysAfterDue, bool open)
    {
        var due = new DateOnly(2026, 6, 1);

        Assert.Equal(open, MaintenanceDue.IsInReminderWindow(due, due.AddDays(daysAfterDue), leadDays: 7, overdueDays: 60));
    }

    [Fact]
    public void TheKeyDoesNotDriftAsTheEstimateMovesDayByDay()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var day = 0; day < 10; day++)
        {
            var rule = new CampaignRuleContext(7, new CampaignDefinition { Name = "x", Kind = CampaignKind.PeriodicMaintenance }, new CampaignOptions(), clock.GetUtcNow(), TimeZoneInfo.Utc);
            Assert.NotEqual(default, rule.Today);
            keys.Add(CampaignKeys.PeriodicMaintenance(rule.CampaignId, vehicleId: 42, lastMaintenanceVisitId: 900));
            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal("campaign:7:periodic-maintenance:vehicle-42:after-visit-900", Assert.Single(keys));
        Assert.NotEqual(CampaignKeys.PeriodicMaintenance(7, 42, 900), CampaignKeys.PeriodicMaintenance(7, 42, 901), StringComparer.Ordinal);
    }

    [Fact]
    public void AModelsOwnIntervalsOverrideTheDefault()
    {
        var options = new CampaignOptions();
        options.Models["ID.4 CROZZ"] = new MaintenanceSchedule { Periodic = new MaintenanceInterval { Months = 12, Kilometres = 20_000 } };

        Assert.Equal(12, options.ScheduleFor("ID.4 CROZZ").Periodic.Months);
        Assert.Equal(6, options.ScheduleFor("速腾").Periodic.Months);
        Assert.Null(typeof(CampaignTarget).GetProperty("Odometer")); // the target carries the due date, not the moving estimate
    }
}
