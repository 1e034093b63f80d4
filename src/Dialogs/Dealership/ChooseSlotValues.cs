using System.Text.Json.Serialization;
using ContactHub.Channels;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// <see cref="ChooseSlotDialog"/>'s options and memory: what the customer already said (dealer wall clock), slots on
/// offer (UTC; given at begin, they are the alternatives to a slot taken just before it could be booked), and the appointment's current start when it is being moved.
/// </summary>
public sealed record ChooseSlotValues
{
    public DateOnly? Date { get; set; }

    public TimeOnly? Time { get; set; }

    public bool TimeInferred { get; set; }

    [JsonConverter(typeof(StandaloneJsonConverter<List<DateTimeOffset>>))]
    public List<DateTimeOffset> OfferedSlots { get; set; } = [];

    public DateTimeOffset? CurrentStart { get; set; }
}
