using System.Text;
using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Campaigns.Delivery;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Import;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.Records.Seed;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Records;

/// <summary>What the records must do on every provider (Wolverine-style shared suite; one subclass per provider).</summary>
public abstract class RecordsContract : RecordsHostTests
{
    /// <summary>Saturday 2026-11-28 10:30 in Shanghai: a slot start.</summary>
    protected static readonly DateTimeOffset Slot = new(2026, 11, 28, 2, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task MigrationsApplyAndCreateTheDefaultWorkshopCalendar()
    {
        await using var db = await Records.DbAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration for this provider");
        var calendar = await db.WorkshopCalendars.Include(c => c.Hours).SingleAsync();
        Assert.Equal((60, 4, 7), (calendar.SlotMinutes, calendar.BaysPerSlot, calendar.Hours.Count));
    }

    [Fact]
    public async Task SeedIsIdempotentAndDeterministic()
    {
        var seeder = Records.Get<DemoDataSeeder>();

        Assert.True(await seeder.SeedAsync(CancellationToken.None));
        Assert.False(await seeder.SeedAsync(CancellationToken.None));

        await using var db = await Records.DbAsync();
        Assert.Equal(50, await db.Customers.CountAsync());
        Assert.Equal(60, await db.Vehicles.CountAsync());
        Assert.All(await db.Vehicles.Select(v => v.Vin).ToListAsync(), vin => Assert.True(VinNumber.IsValid(vin), vin));
        Assert.True(await db.ServiceVisits.AnyAsync(v => v.Type == ServiceType.FirstMaintenance));
        var first = await db.Customers.OrderBy(c => c.Id).FirstAsync();
        Assert.Equal(("朱丽", "+8613900000001"), (first.Name, first.Mobile));
    }

    [Fact]
    public async Task TicketNumbersAreUniqueUnderConcurrency()
    {
        var desk = Records.Get<IComplaintDesk>();

        var tickets = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            desk.OpenAsync(new NewComplaint(null, ComplaintCategory.ServiceQuality, ComplaintSeverity.Normal, $"complaint {i}"), CancellationToken.None))));

        var numbers = tickets.Select(t => t.TicketNumber).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, 16).Select(n => $"TS-20261127-{n:D4}"), numbers, StringComparer.Ordinal);
    }

    [Fact]
    public async Task MajorComplaintIsFlaggedWithItsSlaAndKeepsATimeline()
    {
        var desk = Records.Get<IComplaintDesk>();

        var ticket = await desk.OpenAsync(new NewComplaint(null, ComplaintCategory.RepairQuality, ComplaintSeverity.Major, "刹车异响未修好"), CancellationToken.None);
        var updated = await desk.AddEventAsync(ticket.TicketNumber.ToLowerInvariant(), new ComplaintNote("王经理", "已联系客户", ComplaintStatus.InProgress), CancellationToken.None);

        Assert.True(ticket.EscalatedToManufacturer);
        Assert.Equal(RecordsHost.Now.AddHours(24), ticket.SlaDueAt);
        Assert.Equal(ComplaintStatus.InProgress, updated!.Status);
        Assert.Contains(updated.Events, e => e.Text == "已联系客户");
    }

    [Fact]
    public async Task LastFreeBayBookedAtTheSameMomentGoesToExactlyOneCustomer()
    {
        var (customers, vehicles) = await AddCustomersAsync(6);
        var book = Records.Get<IAppointmentBook>();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(BookingOutcome.Booked, (await book.BookAsync(Request(customers[i], vehicles[i]), CancellationToken.None)).Outcome);
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = Enumerable.Range(3, 3).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await book.BookAsync(Request(customers[i], vehicles[i]), CancellationToken.None);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(racers);

        Assert.Single(results, r => r.Outcome == BookingOutcome.Booked);
        Assert.Equal(2, results.Count(r => r.Outcome == BookingOutcome.SlotFull && r.Alternatives.Count > 0));
        await using var db = await Records.DbAsync();
        Assert.Equal([1, 2, 3, 4], await db.Appointments.Where(a => a.StartsAt == Slot).Select(a => a.Bay).OrderBy(b => b).ToListAsync());
    }

    [Fact]
    public async Task BookingCountsBaysOnTheCurrentCalendarWhileSlotSearchesReuseTheirCopyForAMinute()
    {
        var (customers, vehicles) = await AddCustomersAsync(2);
        var book = Records.Get<IAppointmentBook>();
        Assert.Equal(4, (await book.FindFreeSlotsAsync(Slot, 1, CancellationToken.None))[0].FreeBays);
        await using (var db = await Records.DbAsync())
        {
            await db.WorkshopCalendars.ExecuteUpdateAsync(s => s.SetProperty(c => c.BaysPerSlot, 1));
        }

        Assert.Equal(BookingOutcome.Booked, (await book.BookAsync(Request(customers[0], vehicles[0]), CancellationToken.None)).Outcome);
        Assert.Equal(BookingOutcome.SlotFull, (await book.BookAsync(Request(customers[1], vehicles[1]), CancellationToken.None)).Outcome);
        Assert.Equal(3, (await book.FindFreeSlotsAsync(Slot, 1, CancellationToken.None))[0].FreeBays); // the cached calendar's 4 bays

        Records.Clock.Advance(WorkshopScheduleCache.Lifetime);
        Assert.NotEqual(Slot, (await book.FindFreeSlotsAsync(Slot, 1, CancellationToken.None))[0].Start);
    }

    [Fact]
    public async Task TheDatabaseRefusesASecondBookingOfOneBay()
    {
        var (customers, vehicles) = await AddCustomersAsync(2);
        await using var db = await Records.DbAsync();
        foreach (var i in new[] { 0, 1 })
        {
            db.Appointments.Add(new Appointment { CustomerId = customers[i], VehicleId = vehicles[i], StartsAt = Slot, Bay = 1, SourceChannel = "test" });
        }

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(DbErrors.IsUniqueViolation(error));
    }

    [Fact]
    public async Task CancellingFreesTheBayAndReschedulingMovesIt()
    {
        var (customers, vehicles) = await AddCustomersAsync(1);
        var book = Records.Get<IAppointmentBook>();
        var booked = (await book.BookAsync(Request(customers[0], vehicles[0]), CancellationToken.None)).Appointment!;

        var moved = await book.RescheduleAsync(booked.Id, Slot.AddHours(1), CancellationToken.None);
        var closed = await book.RescheduleAsync(booked.Id, Slot.AddMinutes(10), CancellationToken.None);
        var upcoming = await book.ListUpcomingAsync(customers[0], CancellationToken.None);

        Assert.Equal((BookingOutcome.Booked, Slot.AddHours(1)), (moved.Outcome, moved.Appointment!.Start));
        Assert.Equal(BookingOutcome.Closed, closed.Outcome);
        Assert.Equal(Slot.AddHours(1), Assert.Single(upcoming).Start);
        Assert.True(await book.CancelAsync(booked.Id, CancellationToken.None));
        Assert.False(await book.CancelAsync(booked.Id, CancellationToken.None));
        Assert.Empty(await book.ListUpcomingAsync(customers[0], CancellationToken.None));
    }

    [Fact]
    public async Task CsvImportTakesGoodRowsAndReportsBadOnesByLine()
    {
        const string csv = "\uFEFFname,mobile,preferred_channel,marketing_consent\n"
            + "张伟,13900009001,sms,yes\n"
            + "\"李, 娜\",+86 139 0000 9002,wechat,no\n"
            + ",13900009003,sms,yes\n"
            + "\"王\n芳\",not-a-phone,sms,\n"
            + "赵强,13900009004,fax,\n";
        var report = await Import(ImportKind.Customers, csv);

        Assert.Equal((2, 3), (report.Imported, report.Failed));
        Assert.Equal([4L, 5L, 7L], report.Errors.Select(e => e.Line));
        Assert.Contains("name is required", report.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("mobile", report.Errors[1].Reason, StringComparison.Ordinal);
        await using var db = await Records.DbAsync();
        Assert.Equal("李, 娜", (await db.Customers.SingleAsync(c => c.Mobile == "+8613900009002")).Name);

        var vehicles = await Import(ImportKind.Vehicles, "vin,plate,model,owner_mobile\nLFV2A21K9M3100001,粤A·X1234,速腾,13900009001\nLFV2A21K1M3100001,粤A·X1235,速腾,\n");
        Assert.Equal(1, vehicles.Imported);
        Assert.Contains("check digit", Assert.Single(vehicles.Errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SurveyKeepsAnswersAndCompletes()
    {
        var (customers, _) = await AddCustomersAsync(1);
        var store = Records.Get<ISurveyStore>();

        var survey = await store.StartAsync(new NewSurvey(customers[0], SurveyKind.Service, null, null, ChannelIds.WeChat), CancellationToken.None);
        await store.SaveAnswerAsync(survey.Id, new SurveyAnswerInfo("overall", "满意", 4), CancellationToken.None);
        await store.SaveAnswerAsync(survey.Id, new SurveyAnswerInfo("overall", "非常满意", 5), CancellationToken.None);
        var done = await store.CompleteAsync(survey.Id, new SurveyCompletion(SurveyStatus.Completed, 9, "很好"), CancellationToken.None);

        Assert.Equal((SurveyStatus.Completed, 9), (done!.Status, done.Nps));
        Assert.Equal(5, Assert.Single(done.Answers).Score);
    }

    [Fact]
    public async Task ASurveyStartedAgainForTheSameVehicleContinuesTheOneInProgress()
    {
        var (customers, vehicles) = await AddCustomersAsync(1);
        var store = Records.Get<ISurveyStore>();
        var forVehicle = new NewSurvey(customers[0], SurveyKind.Sales, vehicles[0], null, ChannelIds.WeChat);

        var first = await store.StartAsync(forVehicle, CancellationToken.None);
        await store.SaveAnswerAsync(first.Id, new SurveyAnswerInfo("overall", "满意", 4), CancellationToken.None);
        var again = await store.StartAsync(forVehicle, CancellationToken.None);
        var general = await store.StartAsync(forVehicle with { VehicleId = null }, CancellationToken.None);
        await store.CompleteAsync(first.Id, new SurveyCompletion(SurveyStatus.Completed, 9, null), CancellationToken.None);
        var afterCompletion = await store.StartAsync(forVehicle, CancellationToken.None);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(4, Assert.Single(again.Answers).Score);
        Assert.NotEqual(first.Id, general.Id);
        Assert.NotEqual(first.Id, afterCompletion.Id);
    }

    [Fact]
    public async Task DirectoryFindsByMobileAndLinksChannelIdentities()
    {
        var (customers, _) = await AddCustomersAsync(1);
        var directory = Records.Get<ICustomerDirectory>();

        Assert.Equal(customers[0], (await directory.FindByMobileAsync("139 0000 8000", CancellationToken.None))?.Id);
        Assert.True(await directory.LinkChannelIdentityAsync(customers[0], ChannelIds.WeChat, "oOpenId1", CancellationToken.None));
        Assert.Equal(customers[0], (await directory.FindByChannelIdentityAsync(ChannelIds.WeChat, "oOpenId1", CancellationToken.None))?.Id);
        Assert.Single(await directory.GetVehiclesAsync(customers[0], CancellationToken.None));
    }

    [Fact]
    public async Task DirectoryForgetsAnUnknownIdentityWhenItIsLinkedOrImported()
    {
        var directory = Records.Get<ICustomerDirectory>();
        Assert.Null(await directory.FindByChannelIdentityAsync(ChannelIds.Sms, "+8613900009101", CancellationToken.None));
        Assert.Null(await directory.FindByChannelIdentityAsync(ChannelIds.WebChat, "conversation-1", CancellationToken.None));

        await Import(ImportKind.Customers, "name,mobile\n孙丽,13900009101\n");
        var imported = await directory.FindByChannelIdentityAsync(ChannelIds.Sms, "+8613900009101", CancellationToken.None);
        Assert.Equal("孙丽", imported?.Name);

        Assert.True(await directory.LinkChannelIdentityAsync(imported!.Id, ChannelIds.WebChat, "conversation-1", CancellationToken.None));
        Assert.Equal(imported.Id, (await directory.FindByChannelIdentityAsync(ChannelIds.WebChat, "conversation-1", CancellationToken.None))?.Id);
    }

    [Fact]
    public async Task DirectorySeesAnotherInstancesChangeOnceItsLookupExpires()
    {
        var directory = Records.Get<ICustomerDirectory>();
        Assert.Null(await directory.FindByChannelIdentityAsync(ChannelIds.Sms, "+8613900008000", CancellationToken.None));

        await AddCustomersAsync(1); // written straight to the database, as another hub instance would
        Assert.Null(await directory.FindByChannelIdentityAsync(ChannelIds.Sms, "+8613900008000", CancellationToken.None));

        Records.Clock.Advance(CustomerLookupCache.Lifetime);
        Assert.Equal("客户0", (await directory.FindByChannelIdentityAsync(ChannelIds.Sms, "+8613900008000", CancellationToken.None))?.Name);
    }

    [Fact]
    public async Task ASlotSearchWithinADayOffersOnlyThatDaysFreeSlots()
    {
        var book = Records.Get<IAppointmentBook>();
        var shanghai = TimeSpan.FromHours(8);
        var saturday = new SlotWindow(new DateTimeOffset(2026, 11, 28, 0, 0, 0, shanghai), new DateTimeOffset(2026, 11, 29, 0, 0, 0, shanghai));

        var withinDay = await book.FindFreeSlotsAsync(Slot, 50, saturday, CancellationToken.None);
        var anyDay = await book.FindFreeSlotsAsync(Slot, 50, CancellationToken.None);

        Assert.NotEmpty(withinDay);
        Assert.All(withinDay, s => Assert.True(saturday.Contains(s.Start), s.Start.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(anyDay, s => !saturday.Contains(s.Start)); // without the window the search reaches other days
    }

    [Fact]
    public async Task FreeSlotsComeNearestFirstWithTheirOwnFreeBaysAndFullSlotsLeftOut()
    {
        var (customers, vehicles) = await AddCustomersAsync(1);
        var hour = TimeSpan.FromHours(1);
        await using (var db = await Records.DbAsync())
        {
            foreach (var (start, bay) in new[] { (Slot - hour, 1), (Slot, 1), (Slot, 2), (Slot, 3), (Slot, 4), (Slot + hour, 1), (Slot + hour, 2) })
            {
                db.Appointments.Add(new Appointment { CustomerId = customers[0], VehicleId = vehicles[0], StartsAt = start, Bay = bay, SourceChannel = "test" });
            }

            await db.SaveChangesAsync();
        }

        var slots = await Records.Get<IAppointmentBook>().FindFreeSlotsAsync(Slot, 5, CancellationToken.None);

        // 10:30 is full; 9:30 and 11:30 are equally near, the earlier first; 7:30 is before opening, so 13:30 is fifth.
        Assert.Equal(
            [(Slot - hour, 3), (Slot + hour, 2), (Slot - (2 * hour), 4), (Slot + (2 * hour), 4), (Slot + (3 * hour), 4)],
            slots.Select(s => (s.Start, s.FreeBays)));
        Assert.All(slots, s => Assert.Equal(s.Start + hour, s.End));
    }

    [Fact]
    public async Task TranscriptRowsInsertedOutsideEfReadBackThroughEfFieldForField()
    {
        var at = new DateTimeOffset(2026, 11, 27, 18, 30, 15, TimeSpan.FromHours(8)).AddTicks(1234560); // PostgreSQL keeps microseconds
        TranscriptEntry[] rows =
        [
            new() { Channel = ChannelIds.Sms, UserId = "+8613900000001", ActivityId = "SM1", Direction = TranscriptDirection.Inbound, Type = "message", Text = "预约保养", Locale = "zh-CN", At = at },
            new() { Channel = ChannelIds.Sms, UserId = "+8613900000001", Direction = TranscriptDirection.Outbound, Type = "message", Text = null, At = at.AddSeconds(1), DeliveryStatus = "failed: 21610" },
        ];
        await using (var db = await Records.DbAsync())
        {
            await TranscriptInsert.For(db).RunAsync(db, rows, CancellationToken.None);
        }

        await using var read = await Records.DbAsync();
        var stored = await read.Transcript.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
        Assert.Equal(2, stored.Count);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(
                (rows[i].Channel, rows[i].UserId, rows[i].ActivityId, rows[i].Direction, rows[i].Type, rows[i].Text, rows[i].Locale, rows[i].At.UtcDateTime, rows[i].DeliveryStatus),
                (stored[i].Channel, stored[i].UserId, stored[i].ActivityId, stored[i].Direction, stored[i].Type, stored[i].Text, stored[i].Locale, stored[i].At.UtcDateTime, stored[i].DeliveryStatus));
        }
    }

    [Fact]
    public async Task ACampaignDeliveryReportFindsItsRowByTheChannelsMessageIdOnly()
    {
        var recorder = new CampaignDeliveryRecorder(Records.Get<IDbContextFactory<RecordsDbContext>>());
        var (customers, _) = await AddCustomersAsync(1);
        await using (var db = await Records.DbAsync())
        {
            var campaign = new Campaign { Name = "report", Kind = CampaignKind.PeriodicMaintenance, Definition = "{}", CreatedAt = RecordsHost.Now };
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            db.CampaignDeliveries.AddRange(new[] { "first", "second" }.Select(key => new CampaignDelivery
            {
                CampaignId = campaign.Id, IdempotencyKey = key, CustomerId = customers[0], Channel = ChannelIds.Sms, UserId = "+8613900008000",
                Status = CampaignDeliveryStatus.Queued, TargetedAt = RecordsHost.Now,
            }));
            await db.SaveChangesAsync();
        }

        await recorder.MarkSentAsync("first", "SM-first", RecordsHost.Now, CancellationToken.None);
        await recorder.MarkSentAsync("second", "SM-second", RecordsHost.Now.AddMinutes(1), CancellationToken.None);

        Assert.False(await recorder.MarkDeliveredAsync(ChannelIds.Sms, "SM-bot-reply", RecordsHost.Now.AddMinutes(2), CancellationToken.None));
        Assert.False(await recorder.MarkDeliveredAsync(ChannelIds.WeChat, "SM-first", RecordsHost.Now.AddMinutes(2), CancellationToken.None));
        Assert.True(await recorder.MarkDeliveredAsync(ChannelIds.Sms, "SM-first", RecordsHost.Now.AddMinutes(2), CancellationToken.None));
        Assert.True(await recorder.MarkUndeliveredAsync(ChannelIds.Sms, "SM-second", "sms undelivered (Twilio error 30003)", CancellationToken.None));
        await using var read = await Records.DbAsync();
        var rows = await read.CampaignDeliveries.AsNoTracking().OrderBy(d => d.IdempotencyKey).ToListAsync();
        (string, CampaignDeliveryStatus, string?, bool)[] expected =
            [("first", CampaignDeliveryStatus.Delivered, "SM-first", true), ("second", CampaignDeliveryStatus.Failed, "SM-second", true)];
        Assert.Equal(expected, rows.Select(d => (d.IdempotencyKey, d.Status, d.ChannelMessageId, d.SentAt is not null)));
    }

    private static BookingRequest Request(long customer, long vehicle) => new(customer, vehicle, ServiceType.RegularMaintenance, Slot, ChannelIds.WeChat);

    private async Task<ImportReport> Import(ImportKind kind, string csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await Records.Get<CsvImporter>().ImportAsync(kind, stream, CancellationToken.None);
    }

    private async Task<(long[] Customers, long[] Vehicles)> AddCustomersAsync(int count)
    {
        await using var db = await Records.DbAsync();
        var customers = Enumerable.Range(0, count).Select(i => new Customer
        {
            Name = $"客户{i}",
            Mobile = $"+86139000080{i:D2}",
            Vehicles = [new Vehicle { Vin = $"TESTVIN{Guid.NewGuid():N}"[..17].ToUpperInvariant(), Plate = $"粤A·T{i:D4}", Model = "速腾" }],
        }).ToList();
        db.Customers.AddRange(customers);
        await db.SaveChangesAsync();
        return ([.. customers.Select(c => c.Id)], [.. customers.Select(c => c.Vehicles[0].Id)]);
    }
}
