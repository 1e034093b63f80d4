using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Dealership;

public sealed class BookAppointmentDialogTests
{
    private const string Zh = "zh-CN";
    private const string En = "en";
    private readonly DealershipRig _rig = new();

    [Theory]
    [InlineData(Zh, "速腾", "常规保养", "明天下午三点", "是", 11, 28, 15)]
    [InlineData(Zh, "1", "保养", "11月30号10点", "好的", 11, 30, 10)]
    [InlineData(Zh, "第一个", "2", "下周二下午两点", "确认", 12, 1, 14)]
    [InlineData(En, "1", "Regular maintenance", "tomorrow 3pm", "yes", 11, 28, 15)]
    [InlineData(En, "速腾", "maintenance", "Nov 30 10am", "ok", 11, 30, 10)]
    public async Task BooksTheAskedSlotAfterConfirmingAndSaysWhereToCome(
        string locale, string car, string service, string when, string yes, int month, int day, int hour)
    {
        var start = DealershipRig.At(month, day, hour);
        await new ConversationFlow(() => _rig.Booking(), locale)
            .Send(locale == Zh ? "预约保养" : "book a service").AssertReply(Strings.BookingAskVehicle(locale))
            .AssertSuggestedActions("吉A12345 速腾", "吉A67890 探岳")
            .Send(car).AssertReply(Strings.BookingAskService(locale))
            .Send(service).AssertReply(Strings.BookingAskDateTime(locale))
            .Send(when).AssertReplyContains("吉A12345 速腾", Strings.ServiceRegularMaintenance(locale), _rig.Show(start, locale))
            .Send(yes).AssertReply(Strings.Booked(locale, "吉A12345 速腾", Strings.ServiceRegularMaintenance(locale), _rig.Show(start, locale), DealershipRig.Dealer.AddressFor(locale)))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        var booked = Assert.Single(_rig.Book.Booked());
        Assert.Equal((1L, 11L, ServiceType.RegularMaintenance, start), (booked.CustomerId, booked.VehicleId, booked.ServiceType, booked.Start));
    }

    [Fact]
    public void ShowsTimesInTheDealersTimeZoneWithTheWeekday()
    {
        Assert.Equal("11月28日（周六）15:00", _rig.Show(DealershipRig.At(11, 28, 15).ToUniversalTime()));
        Assert.Equal("Sat Nov 28, 15:00", _rig.Show(DealershipRig.At(11, 28, 15).ToUniversalTime(), En));
    }

    [Theory]
    [InlineData(Zh, "周六", 11, 28, 10)]
    [InlineData(Zh, "后天", 11, 29, 10)]
    [InlineData(Zh, "下周二上午", 12, 1, 10)]
    [InlineData(En, "next Tuesday morning", 12, 1, 10)]
    [InlineData(En, "Saturday", 11, 28, 10)]
    public Task ADayOrAPartOfDayOffersThatDaysFreeSlots(string locale, string when, int month, int day, int secondSlotHour) =>
        new ConversationFlow(() => _rig.Booking(), locale)
            .Send("预约").AssertReply(Strings.BookingAskVehicle(locale))
            .Send("1").AssertReply(Strings.BookingAskService(locale))
            .Send("1").AssertReply(Strings.BookingAskDateTime(locale))
            .Send(when).AssertReply(Strings.BookingSlotsOnDay(locale, AppointmentText.Day(new DateOnly(2026, month, day), locale)))
            .Send("2").AssertReplyContains(_rig.Show(DealershipRig.At(month, day, secondSlotHour), locale), Strings.ServiceFirstMaintenance(locale))
            .AssertStatus(DialogTurnStatus.Waiting)
            .RunAsync();

    [Fact]
    public async Task AFullSlotOffersTheNearestFreeOnesAndBooksThePickedOne()
    {
        _rig.Book.Fill(DealershipRig.At(11, 28, 15));
        await new ConversationFlow(() => _rig.Booking())
            .Send("预约").AssertReply(Strings.BookingAskVehicle(Zh))
            .Send("探岳").AssertReply(Strings.BookingAskService(Zh))
            .Send("维修").AssertReply(Strings.BookingAskDateTime(Zh))
            .Send("明天下午三点").AssertReply(Strings.BookingSlotTaken(Zh, _rig.Show(DealershipRig.At(11, 28, 15))))
            .AssertSuggestedActions(_rig.Show(DealershipRig.At(11, 28, 14)), _rig.Show(DealershipRig.At(11, 28, 16)), _rig.Show(DealershipRig.At(11, 28, 13)), "换个时间")
            .Send("2").AssertReplyContains(_rig.Show(DealershipRig.At(11, 28, 16)))
            .Send("是").AssertReplyContains("预约成功")
            .RunAsync();

        var booked = Assert.Single(_rig.Book.Booked());
        Assert.Equal((12L, ServiceType.Repair, DealershipRig.At(11, 28, 16)), (booked.VehicleId, booked.ServiceType, booked.Start));
    }

    [Fact]
    public async Task ASlotTakenBetweenConfirmationAndBookingOffersTheNearestFreeOnes()
    {
        _rig.Book.LoseNextBooking = true;
        await new ConversationFlow(() => _rig.Booking())
            .Send("预约").AssertReply(Strings.BookingAskVehicle(Zh))
            .Send("1").AssertReply(Strings.BookingAskService(Zh))
            .Send("1").AssertReply(Strings.BookingAskDateTime(Zh))
            .Send("明天下午三点").AssertReplyContains(_rig.Show(DealershipRig.At(11, 28, 15)))
            .Send("是").AssertReply(Strings.BookingSlotJustTaken(Zh))
            .Send("1").AssertReplyContains(_rig.Show(DealershipRig.At(11, 28, 14)))
            .Send("是").AssertReplyContains("预约成功", _rig.Show(DealershipRig.At(11, 28, 14)))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        Assert.Equal(DealershipRig.At(11, 28, 14), Assert.Single(_rig.Book.Booked()).Start);
    }

    [Theory]
    [InlineData("换个时间")]
    [InlineData("都不行")]
    public Task AnotherTimeAsksForTheTimeAgain(string answer) =>
        new ConversationFlow(() => _rig.Booking())
            .Send("预约").AssertReply(Strings.BookingAskVehicle(Zh))
            .Send("1").AssertReply(Strings.BookingAskService(Zh))
            .Send("1").AssertReply(Strings.BookingAskDateTime(Zh))
            .Send("周六").AssertReplyContains("11月28日（周六）")
            .Send(answer).AssertReply(Strings.BookingAskDateTime(Zh))
            .Send("11月30号10点").AssertReplyContains(_rig.Show(DealershipRig.At(11, 30, 10)))
            .RunAsync();

    [Fact]
    public Task ANewTimeTypedInsteadOfAPickIsTakenAsAChangeOfMind() =>
        new ConversationFlow(() => _rig.Booking())
            .Send("预约").AssertReply(Strings.BookingAskVehicle(Zh))
            .Send("1").AssertReply(Strings.BookingAskService(Zh))
            .Send("1").AssertReply(Strings.BookingAskDateTime(Zh))
            .Send("周六").AssertReplyContains("11月28日（周六）")
            .Send("那11月30号上午10点呢").AssertReplyContains(_rig.Show(DealershipRig.At(11, 30, 10)))
            .RunAsync();

    [Theory]
    [InlineData(Zh, "随便吧")]
    [InlineData(Zh, "还没想好")]
    [InlineData(En, "whenever")]
    public Task ATimeItCannotUseIsAskedAgain(string locale, string when) =>
        new ConversationFlow(() => _rig.Booking(), locale)
            .Send("预约").AssertReply(Strings.BookingAskVehicle(locale))
            .Send("1").AssertReply(Strings.BookingAskService(locale))
            .Send("1").AssertReply(Strings.BookingAskDateTime(locale))
            .Send(when).AssertReply(Strings.BookingDateTimeRetry(locale))
            .Send(locale == Zh ? "明天下午三点" : "tomorrow 3pm").AssertReplyContains(_rig.Show(DealershipRig.At(11, 28, 15), locale))
            .RunAsync();

    [Theory]
    [InlineData("不用了")]
    [InlineData("否")]
    public async Task SayingNoAtTheConfirmationBooksNothing(string no)
    {
        await new ConversationFlow(() => _rig.Booking())
            .Send("预约").AssertReply(Strings.BookingAskVehicle(Zh))
            .Send("1").AssertReply(Strings.BookingAskService(Zh))
            .Send("1").AssertReply(Strings.BookingAskDateTime(Zh))
            .Send("明天下午三点").AssertReplyContains("确认预约吗")
            .Send(no).AssertReply(Strings.BookingAbandoned(Zh))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        Assert.Empty(_rig.Book.Appointments);
    }

    [Fact]
    public async Task CancellingMidwayLeavesNothingBookedAndAnEmptyStack()
    {
        await new ConversationFlow(() => _rig.Booking())
            .Send("预约").AssertReply(Strings.BookingAskVehicle(Zh))
            .Send("1").AssertReply(Strings.BookingAskService(Zh))
            .CancelAll().AssertStatus(DialogTurnStatus.Cancelled)
            .AssertState(state => Assert.Empty(state.Stack))
            .RunAsync();

        Assert.Empty(_rig.Book.Appointments);
    }

    [Fact]
    public async Task AnUnknownCustomerBooksByTheirRegisteredMobileAndSeesTheirPlateMasked()
    {
        var rig = new DealershipRig(linked: false);
        await new ConversationFlow(() => rig.Booking())
            .Send("预约保养").AssertReply(Strings.BookingAskMobile(Zh))
            .Send("手机号13900000002").AssertReply(Strings.BookingAskService(Zh))
            .Send("检测").AssertReply(Strings.BookingAskDateTime(Zh))
            .Send("明天上午十点").AssertReplyContains("吉B***55 宝来", Strings.ServiceInspection(Zh))
            .Send("是").AssertReplyContains("预约成功")
            .RunAsync();

        var booked = Assert.Single(rig.Book.Booked());
        Assert.Equal((2L, 21L, ServiceType.Inspection), (booked.CustomerId, booked.VehicleId, booked.ServiceType));
    }

    [Fact]
    public Task AnUnknownMobileGetsTheDealerPhoneInsteadOfABooking() =>
        new ConversationFlow(() => new DealershipRig(linked: false).Booking())
            .Send("预约").AssertReply(Strings.BookingAskMobile(Zh))
            .Send("不知道").AssertReply(Strings.BookingMobileRetry(Zh))
            .Send("13812345678").AssertReply(Strings.BookingCustomerNotFound(Zh, DealershipRig.Dealer.Phone))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

    [Fact]
    public async Task OptionsFromTheMessageSkipTheQuestionsAlreadyAnswered()
    {
        var options = new BookAppointmentOptions { Plate = "吉A67890", ServiceType = ServiceType.BodyAndPaint, Date = new DateOnly(2026, 11, 30), Time = new TimeOnly(11, 0) };
        await new ConversationFlow(() => _rig.Booking(options))
            .Send("吉A67890 11月30号11点 钣金喷漆").AssertReplyContains("吉A67890 探岳", Strings.ServiceBodyAndPaint(Zh), _rig.Show(DealershipRig.At(11, 30, 11)))
            .Send("是").AssertReplyContains("预约成功")
            .RunAsync();

        Assert.Equal(12L, Assert.Single(_rig.Book.Booked()).VehicleId);
    }
}
