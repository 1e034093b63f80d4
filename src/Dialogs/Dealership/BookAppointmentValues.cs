using System.Text.Json.Serialization;
using ContactHub.Channels;
using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// <see cref="BookAppointmentDialog"/>'s memory between turns. Steps skip what is already filled in, so a flow that
/// starts over (a slot taken at the last moment) only asks again for what was cleared.
/// </summary>
public sealed record BookAppointmentValues
{
    public AppointmentAction Action { get; set; }

    public long? CustomerId { get; set; }

    /// <summary>True when the customer was found only by a mobile number typed into the chat.</summary>
    public bool Unverified { get; set; }

    public long? VehicleId { get; set; }

    public string? Vehicle { get; set; }

    public string? Plate { get; set; }

    [JsonConverter(typeof(StandaloneJsonConverter<List<long>>))]
    public List<long> VehicleIds { get; set; } = [];

    public ServiceType? ServiceType { get; set; }

    public DateOnly? Date { get; set; }

    public TimeOnly? Time { get; set; }

    public bool TimeInferred { get; set; }

    /// <summary>The chosen slot start (UTC).</summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>The confirmed slot was taken before it could be booked: the nearest free ones instead.</summary>
    [JsonConverter(typeof(StandaloneJsonConverter<List<DateTimeOffset>>))]
    public List<DateTimeOffset> Alternatives { get; set; } = [];

    [JsonConverter(typeof(StandaloneJsonConverter<List<AppointmentInfo>>))]
    public List<AppointmentInfo> Appointments { get; set; } = [];

    /// <summary>The appointment being rescheduled or cancelled.</summary>
    [JsonConverter(typeof(StandaloneJsonConverter<AppointmentInfo>))]
    public AppointmentInfo? Appointment { get; set; }

    public static BookAppointmentValues From(BookAppointmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new BookAppointmentValues
        {
            Action = options.Action,
            CustomerId = options.CustomerId,
            VehicleId = options.VehicleId,
            Plate = options.Plate,
            ServiceType = options.ServiceType,
            Date = options.Date,
            Time = options.Time,
            TimeInferred = options.TimeInferred,
        };
    }
}
