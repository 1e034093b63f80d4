using System.Globalization;

namespace ContactHub.LoadTest;

/// <summary>
/// What a customer types to book a regular service (BookAppointmentDialog): 预约 → their registered mobile (the channel
/// does not identify them, so they type a demo customer's number, as in DemoDealer.Mobile) → 常规保养 → a day →
/// the first free slot offered → 是. Demo customers 11–50 own one car each, so no vehicle question comes between.
/// Each booking takes a different day, two to 29 days ahead, so concurrent customers rarely race for one bay.
/// </summary>
public static class BookingConversation
{
    public const string Name = "booking";

    private const int FirstOneCarCustomer = 11;
    private const int OneCarCustomers = 40;
    private const int Days = 28;
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
            string.Create(CultureInfo.InvariantCulture, $"{day.Month}月{day.Day}日"),
            "1",
            "是",
        ];
    }
}
