using System.Globalization;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// How <see cref="BookAppointmentDialog"/> is begun: what to do and whatever is already known (from the customer's
/// message, or from a reminder that names the car and the service). <see cref="Date"/> and <see cref="Time"/> are the
/// dealer's wall clock; a <see cref="Time"/> that was only a part of day (下午) sets <see cref="TimeInferred"/>.
/// </summary>
public sealed record BookAppointmentOptions
{
    public AppointmentAction Action { get; init; }

    public long? CustomerId { get; init; }

    public long? VehicleId { get; init; }

    public string? Plate { get; init; }

    public ServiceType? ServiceType { get; init; }

    public DateOnly? Date { get; init; }

    public TimeOnly? Time { get; init; }

    public bool TimeInferred { get; init; }

    /// <summary>Reads 改到周五 / 明天下午三点做保养 / 取消预约 into options.</summary>
    public static BookAppointmentOptions From(RecognizerResult recognized, string? text)
    {
        ArgumentNullException.ThrowIfNull(recognized);
        var action = recognized.Intent switch
        {
            Intents.Reschedule => AppointmentAction.Reschedule,
            Intents.Cancel => AppointmentAction.Cancel,
            _ => AppointmentAction.Book,
        };
        var when = recognized.Entity(EntityTypes.DateTime);
        var options = new BookAppointmentOptions
        {
            Action = action,
            Plate = recognized.Entity(EntityTypes.Plate)?.Value,
            ServiceType = action == AppointmentAction.Book ? ServiceTypeChoices.FromText(text) : null,
        };
        if (when is null || action == AppointmentAction.Cancel)
        {
            return options;
        }

        // EntityTypes.DateTime: "2026-11-28" without a time, else ISO with the dealer's offset.
        if (when.Value.Length == 10)
        {
            return options with { Date = DateOnly.ParseExact(when.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) };
        }

        var moment = DateTimeOffset.Parse(when.Value, CultureInfo.InvariantCulture);
        return options with { Date = DateOnly.FromDateTime(moment.DateTime), Time = TimeOnly.FromDateTime(moment.DateTime), TimeInferred = when.Inferred };
    }
}
