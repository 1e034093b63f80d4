using System.Globalization;

namespace ContactHub.LoadTest;

/// <summary>
/// What a customer types to book a regular service (BookAppointmentDialog): 预约 → their registered mobile (the channel
/// does not identify them, so they type a demo customer's number, as in DemoDealer.Mobile) → 常规保养 → a day →
/// the first free slot offered → 是. Demo customers 11–50 own one car each, so no vehicle question comes between.
/// Each booking takes a different day, two days to ten years ahead, so concurrent customers rarely race for one bay,
/// and every conversation of a run can book: the default calendar has 36 bookings a day (9 hourly slots, 4 bays). With
/// 28 days, as before, the 1,008 places were gone within the warm-up, and the measured conversations were "no free bay
/// that day" followed by a day prompt that did not understand "1" and "是". The year is typed, as "M月D日" means
/// the next such day within a year.
/// </summary>
public static class BookingConversation
{
    public const string Name = "booking";

    private const int FirstOneCarCustomer = 11;
    private const int OneCarCustomers = 40;
    private const int Days = 3650;
    private static readonly TimeZoneInfo DealerTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static int _bookings;

    public static string[] Next()
    {
        var booking = Interlocked.Increment(ref _bookings);
        var demoCustomer = FirstOneCarCustomer + (booking % OneCarCustomers);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, DealerTimeZone).DateTime);
        var day = today.AddDays(2 + (booking % Days));
        return
        [
            "预约",
            string.Create(CultureInfo.InvariantCulture, $"1390000{demoCustomer:D4}"),
            "常规保养",
            string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日"),
            "1",
            "是",
        ];
    }
}
