using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Dealership;

public sealed class MaintenanceReminderDialogTests
{
    private const string Zh = "zh-CN";
    private const string En = "en";
    private readonly DealershipRig _rig = new();

    private static readonly MaintenanceReminderValues SagitarDue = new()
    {
        CustomerId = 1, VehicleId = 11, Plate = "吉A12345", ServiceType = ServiceType.RegularMaintenance, DueDate = new DateOnly(2026, 12, 15),
    };

    private static string ReminderText(string locale) => Strings.ReminderPrompt(
        locale, DealershipRig.Dealer.NameFor(locale), "吉A12345", Strings.ServiceRegularMaintenance(locale),
        Strings.ReminderDueBy(locale, AppointmentText.Day(new DateOnly(2026, 12, 15), locale)));

    private ConversationFlow Reminded(string locale) =>
        new ConversationFlow(() => _rig.Reminder(SagitarDue), locale)
            .Send("campaign").AssertReply(ReminderText(locale))
            .AssertSuggestedActions(locale == Zh ? ["预约", "稍后提醒", "已保养", "不需要"] : ["Book", "Remind me later", "Already serviced", "Not needed"]);

    [Theory]
    [InlineData(Zh, "预约", "明天上午10点", "是")]
    [InlineData(Zh, "好的，帮我约一下", "11月30号10点", "好")]
    [InlineData(En, "book", "tomorrow 10am", "yes")]
    public async Task BookingFromAReminderKnowsTheCarAndTheService(string locale, string book, string when, string yes)
    {
        await Reminded(locale)
            .Send(book).AssertReply(Strings.BookingAskDateTime(locale))
            .Send(when).AssertReplyContains("吉A12345 速腾", Strings.ServiceRegularMaintenance(locale))
            .Send(yes).AssertReplyContains(DealershipRig.Dealer.AddressFor(locale))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        var booked = Assert.Single(_rig.Book.Booked());
        Assert.Equal((11L, ServiceType.RegularMaintenance), (booked.VehicleId, booked.ServiceType));
        var reply = Assert.Single(_rig.Reminders.Replies);
        Assert.Equal((ReminderResponse.Booked, booked.Id), (reply.Response, reply.AppointmentId));
    }

    [Theory]
    [InlineData(Zh, "稍后提醒", "下周一", 11, 30)]
    [InlineData(Zh, "2", "12月10号", 12, 10)]
    [InlineData(En, "remind me later", "next Monday", 11, 30)]
    public async Task SnoozesToTheDayTheCustomerChooses(string locale, string later, string day, int month, int dayOfMonth)
    {
        var remindOn = new DateOnly(2026, month, dayOfMonth);
        await Reminded(locale)
            .Send(later).AssertReply(Strings.ReminderAskSnoozeDate(locale))
            .Send(day).AssertReply(Strings.ReminderSnoozed(locale, AppointmentText.Day(remindOn, locale)))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        var reply = Assert.Single(_rig.Reminders.Replies);
        Assert.Equal((ReminderResponse.Snoozed, remindOn, 11L), (reply.Response, reply.RemindOn, reply.VehicleId));
    }

    [Fact]
    public async Task ASnoozeWithADayInItNeedsNoQuestion()
    {
        await Reminded(Zh)
            .Send("12月10号再提醒我吧").AssertReply(Strings.ReminderSnoozed(Zh, AppointmentText.Day(new DateOnly(2026, 12, 10), Zh)))
            .RunAsync();

        Assert.Equal(new DateOnly(2026, 12, 10), Assert.Single(_rig.Reminders.Replies).RemindOn);
    }

    [Fact]
    public async Task ASnoozeDayMustBeAfterToday()
    {
        await Reminded(Zh)
            .Send("稍后提醒").AssertReply(Strings.ReminderAskSnoozeDate(Zh))
            .Send("今天").AssertReply(Strings.ReminderSnoozeRetry(Zh))
            .Send("后天").AssertReply(Strings.ReminderSnoozed(Zh, AppointmentText.Day(new DateOnly(2026, 11, 29), Zh)))
            .RunAsync();

        Assert.Equal(new DateOnly(2026, 11, 29), Assert.Single(_rig.Reminders.Replies).RemindOn);
    }

    [Theory]
    [InlineData(Zh, "已保养", "在其他店", ServicedAt.AnotherShop)]
    [InlineData(Zh, "上周已经在你们店保养过了", "本店", ServicedAt.ThisDealer)]
    [InlineData(En, "already serviced", "another shop", ServicedAt.AnotherShop)]
    public async Task AlreadyServicedIsRecordedWithWhere(string locale, string done, string where, ServicedAt expected)
    {
        await Reminded(locale)
            .Send(done).AssertReply(Strings.ReminderAskWhere(locale))
            .Send(where).AssertReply(Strings.ReminderDoneRecorded(locale))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        var reply = Assert.Single(_rig.Reminders.Replies);
        Assert.Equal((ReminderResponse.AlreadyServiced, expected), (reply.Response, reply.ServicedAt));
    }

    [Theory]
    [InlineData(Zh, "不需要")]
    [InlineData(Zh, "暂时不用了谢谢")]
    [InlineData(En, "not needed")]
    [InlineData(En, "no thanks")]
    public async Task ARefusalIsRecorded(string locale, string no)
    {
        await Reminded(locale)
            .Send(no).AssertReply(Strings.ReminderDeclined(locale))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        Assert.Equal(ReminderResponse.Declined, Assert.Single(_rig.Reminders.Replies).Response);
    }

    [Fact]
    public async Task AnAnswerItDoesNotUnderstandIsAskedAgain()
    {
        await Reminded(Zh)
            .Send("啥意思").AssertReply(Strings.ReminderRetry(Zh))
            .Send("不用了").AssertReply(Strings.ReminderDeclined(Zh))
            .RunAsync();

        Assert.Single(_rig.Reminders.Replies);
    }

    [Fact]
    public async Task CancellingMidwayRecordsNothing()
    {
        await Reminded(Zh)
            .Send("稍后提醒").AssertReply(Strings.ReminderAskSnoozeDate(Zh))
            .CancelAll().AssertStatus(DialogTurnStatus.Cancelled)
            .RunAsync();

        Assert.Empty(_rig.Reminders.Replies);
    }

    [Fact]
    public async Task BookingFromAReminderCanBeAbandonedWithoutRecordingABooking()
    {
        await Reminded(Zh)
            .Send("预约").AssertReply(Strings.BookingAskDateTime(Zh))
            .Send("明天上午10点").AssertReplyContains("确认预约吗")
            .Send("不用了").AssertReply(Strings.BookingAbandoned(Zh))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        Assert.Empty(_rig.Reminders.Replies);
        Assert.Empty(_rig.Book.Appointments);
    }
}
