using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// What the dealership dialogs work with: the ports the Hub implements, the dealer's public facts, the recognizer, and
/// the clock and time zone every date is read and shown in. <see cref="Handoff"/> is null until the agent desk is
/// registered; the menu then says a colleague will follow up instead.
/// </summary>
public sealed record DealershipServices(
    IAppointmentBook Appointments,
    ICustomerDirectory Customers,
    IReminderLog Reminders,
    DealerProfile Dealer,
    IRecognizer Recognizer,
    TimeProvider Clock,
    TimeZoneInfo TimeZone,
    IHandoff? Handoff = null)
{
    public DateTimeOffset Now => Clock.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, TimeZone).DateTime);

    /// <summary>A wall-clock time at the dealer as an instant.</summary>
    public DateTimeOffset AtDealer(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    public DateTimeOffset ToDealerTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    public RecognizerResult Recognize(string? text, string locale) => Recognizer.Recognize(text, locale, Now);

    /// <summary>An instant as the customer reads it, in the dealer's time zone: 11月28日（周六）15:00.</summary>
    public string ShowTime(DateTimeOffset instant, string locale) => AppointmentText.Time(ToDealerTime(instant), locale);

    public string? FindMobile(string? text, string locale) => Recognize(text, locale).Entity(EntityTypes.Mobile)?.Value;

    /// <summary>The first date-time in <paramref name="text"/>, when it is today or later.</summary>
    public DateTimeMatch? FindDateTime(string? text, string locale)
    {
        var found = new DateTimeRecognizer(TimeZone).FindAll(text, locale, Now);
        return found.Count > 0 && found[0].Date >= Today ? found[0] : null;
    }

    /// <summary>Up to <paramref name="count"/> free slot starts on <paramref name="date"/> nearest to <paramref name="near"/>, in time order.</summary>
    public async Task<List<DateTimeOffset>> FreeSlotsOnAsync(DateOnly date, TimeOnly near, int count, CancellationToken cancellationToken)
    {
        var day = new SlotWindow(AtDealer(date, TimeOnly.MinValue), AtDealer(date.AddDays(1), TimeOnly.MinValue));
        var nearby = await Appointments.FindFreeSlotsAsync(AtDealer(date, near), count, day, cancellationToken);
        var starts = new List<DateTimeOffset>(nearby.Count);
        foreach (var slot in nearby)
        {
            // The window is the day at the dealer already; this also keeps a book that ignores it to the day.
            if (starts.Count < count && DateOnly.FromDateTime(ToDealerTime(slot.Start).DateTime) == date)
            {
                starts.Add(slot.Start);
            }
        }

        starts.Sort();
        return starts;
    }
}
