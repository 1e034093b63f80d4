using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Dealership;

/// <summary>A named day is searched as that day only (issue 8 asks the port for just what is shown).</summary>
public sealed class ChooseSlotDayTests
{
    private readonly DealershipRig _rig = new();

    [Fact]
    public Task ADayWithFewFreeSlotsOffersOnlyThoseAndNotTheNeighbouringDays()
    {
        foreach (var hour in new[] { 10, 11, 12, 13, 14, 15 })
        {
            _rig.Book.Fill(DealershipRig.At(12, 3, hour));
        }

        return new ConversationFlow(() => _rig.Booking())
            .Send("预约").AssertReply(Strings.BookingAskVehicle(DialogLocale.Chinese))
            .Send("1").AssertReply(Strings.BookingAskService(DialogLocale.Chinese))
            .Send("1").AssertReply(Strings.BookingAskDateTime(DialogLocale.Chinese))
            .Send("12月3日").AssertReply(Strings.BookingSlotsOnDay(DialogLocale.Chinese, AppointmentText.Day(new DateOnly(2026, 12, 3), DialogLocale.Chinese)))
            .AssertSuggestedActions(_rig.Show(DealershipRig.At(12, 3, 9)), _rig.Show(DealershipRig.At(12, 3, 16)), Strings.BookingOtherTime(DialogLocale.Chinese))
            .RunAsync();
    }

    [Fact]
    public async Task FreeSlotsOnADayAreThatDaysNearestInTimeOrder()
    {
        var slots = await _rig.Services.FreeSlotsOnAsync(new DateOnly(2026, 12, 3), new TimeOnly(12, 0), 3, CancellationToken.None);

        Assert.Equal([DealershipRig.At(12, 3, 11), DealershipRig.At(12, 3, 12), DealershipRig.At(12, 3, 13)], slots);
    }
}
