using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Dealership;

/// <summary>改到周五 and 取消预约, reached the way customers reach them: a message to the main menu.</summary>
public sealed class BookAppointmentRescheduleAndCancelTests
{
    private const string Zh = "zh-CN";
    private const string En = "en";
    private readonly DealershipRig _rig = new();
    private readonly AppointmentInfo _monday;

    public BookAppointmentRescheduleAndCancelTests() =>
        _monday = _rig.Book.Add(1, DealershipRig.Sagitar, ServiceType.RegularMaintenance, DealershipRig.At(11, 30, 10));

    private string Monday(string locale = Zh) => _rig.Show(_monday.Start, locale);

    [Theory]
    [InlineData(Zh, "预约改到下周五下午两点", "是")]
    [InlineData(Zh, "帮我把保养改到12月4号下午2点", "可以")]
    [InlineData(En, "reschedule to Dec 4 2pm", "yes")]
    public async Task MovesTheOnlyUpcomingAppointmentToTheTimeInTheMessage(string locale, string ask, string yes)
    {
        var friday = DealershipRig.At(12, 4, 14);
        await new ConversationFlow(() => _rig.Menu(), locale)
            .Send(ask).AssertReply(Strings.RescheduleConfirm(locale, "吉A12345 速腾", Strings.ServiceRegularMaintenance(locale), Monday(locale), _rig.Show(friday, locale)) + Strings.ConfirmSuffix(locale))
            .Send(yes).AssertReply(Strings.Rescheduled(locale, "吉A12345 速腾", Strings.ServiceRegularMaintenance(locale), _rig.Show(friday, locale), DealershipRig.Dealer.AddressFor(locale)))
            .AssertReply(Strings.MenuPromptAgain(locale))
            .RunAsync();

        Assert.Equal(friday, Assert.Single(_rig.Book.Booked()).Start);
    }

    [Fact]
    public async Task AskWhichAppointmentWhenThereAreSeveralThenForTheNewDay()
    {
        var tayron = _rig.Book.Add(1, DealershipRig.Tayron, ServiceType.Repair, DealershipRig.At(12, 2, 9));
        await new ConversationFlow(() => _rig.Menu())
            .Send("我想改约").AssertReply(Strings.AppointmentAskWhich(Zh))
            .AssertSuggestedActions($"{Monday()} 吉A12345 常规保养", $"{_rig.Show(tayron.Start)} 吉A67890 维修")
            .Send("吉A67890").AssertReply(Strings.RescheduleAskDateTime(Zh, _rig.Show(tayron.Start)))
            .Send("周六").AssertReplyContains("11月28日（周六）")
            .Send("1").AssertReplyContains(_rig.Show(DealershipRig.At(11, 28, 9)))
            .Send("是").AssertReplyContains("改约成功")
            .AssertReply(Strings.MenuPromptAgain(Zh))
            .RunAsync();

        Assert.Equal(DealershipRig.At(11, 28, 9), _rig.Book.Appointments.Single(a => a.Id == tayron.Id).Start);
        Assert.Equal(DealershipRig.At(11, 30, 10), _rig.Book.Appointments.Single(a => a.Id == _monday.Id).Start);
    }

    [Fact]
    public async Task SayingNoKeepsTheAppointmentWhereItWas()
    {
        await new ConversationFlow(() => _rig.Menu())
            .Send("改到12月4号下午2点").AssertReplyContains("确认将")
            .Send("算了").AssertReply(Strings.RescheduleAbandoned(Zh, Monday()))
            .AssertReply(Strings.MenuPromptAgain(Zh))
            .RunAsync();

        Assert.Equal(_monday.Start, Assert.Single(_rig.Book.Booked()).Start);
    }

    [Theory]
    [InlineData(Zh, "取消预约", "是")]
    [InlineData(Zh, "周一去不了了", "对")]
    [InlineData(En, "cancel my appointment", "yes")]
    public async Task CancelsTheOnlyUpcomingAppointmentAfterConfirming(string locale, string ask, string yes)
    {
        await new ConversationFlow(() => _rig.Menu(), locale)
            .Send(ask).AssertReply(Strings.CancelConfirm(locale, "吉A12345 速腾", Strings.ServiceRegularMaintenance(locale), Monday(locale)) + Strings.ConfirmSuffix(locale))
            .Send(yes).AssertReply(Strings.AppointmentCancelled(locale, Monday(locale)))
            .AssertReply(Strings.MenuPromptAgain(locale))
            .RunAsync();

        Assert.Empty(_rig.Book.Booked());
    }

    [Fact]
    public async Task KeepsTheAppointmentWhenTheCustomerChangesTheirMind()
    {
        await new ConversationFlow(() => _rig.Menu())
            .Send("取消预约").AssertReplyContains("确认取消")
            .Send("不要").AssertReply(Strings.CancelAbandoned(Zh, Monday()))
            .AssertReply(Strings.MenuPromptAgain(Zh))
            .RunAsync();

        Assert.Single(_rig.Book.Booked());
    }

    [Fact]
    public Task SaysThereIsNothingToCancelWhenNoAppointmentIsUpcoming()
    {
        _rig.Book.Appointments.Clear();
        return new ConversationFlow(() => _rig.Menu())
            .Send("取消预约").AssertReply(Strings.AppointmentNone(Zh))
            .AssertReply(Strings.MenuPromptAgain(Zh))
            .RunAsync();
    }

    [Theory]
    [InlineData("取消预约")]
    [InlineData("改到下周五下午两点")]
    public async Task AnUnboundChannelCannotChangeSomeoneElsesAppointment(string ask)
    {
        var rig = new DealershipRig(linked: false);
        rig.Book.Add(1, DealershipRig.Sagitar, ServiceType.RegularMaintenance, DealershipRig.At(11, 30, 10));
        await new ConversationFlow(() => rig.Menu())
            .Send(ask).AssertReply(Strings.AppointmentNeedsIdentity(Zh, DealershipRig.Dealer.Phone))
            .AssertReply(Strings.MenuPromptAgain(Zh))
            .RunAsync();

        Assert.Equal(DealershipRig.At(11, 30, 10), Assert.Single(rig.Book.Booked()).Start);
    }

    [Fact]
    public async Task CancellingTheRescheduleMidwayLeavesTheAppointment()
    {
        await new ConversationFlow(() => _rig.Menu())
            .Send("我要改时间").AssertReply(Strings.RescheduleAskDateTime(Zh, Monday()))
            .CancelAll().AssertStatus(DialogTurnStatus.Cancelled)
            .RunAsync();

        Assert.Equal(_monday.Start, Assert.Single(_rig.Book.Booked()).Start);
    }
}
