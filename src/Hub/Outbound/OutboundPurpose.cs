using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Hub.Outbox;

namespace ContactHub.Hub.Outbound;

/// <summary>
/// Why an outbound activity goes out, carried in its channelData as <c>"purpose"</c> so every adapter can read it:
/// a marketing SMS must end with the opt-out line (issue 5), whoever enqueued it. The outbox stamps its
/// <see cref="OutboxPurpose"/> here; an activity that already names a purpose keeps it.
/// </summary>
public static class OutboundPurpose
{
    public const string Property = "purpose";
    public const string Marketing = "marketing";

    public static string? Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty(Property, out var purpose) && purpose.ValueKind == JsonValueKind.String
                ? purpose.GetString()
                : null;
    }

    /// <summary>The channelData word for an outbox purpose: "service", "marketing" or "reply".</summary>
    public static string Name(OutboxPurpose purpose) => purpose switch
    {
        OutboxPurpose.Service => "service",
        OutboxPurpose.Marketing => Marketing,
        OutboxPurpose.Reply => "reply",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, message: null),
    };

    public static bool IsMarketing(Activity activity) => string.Equals(Of(activity), Marketing, StringComparison.OrdinalIgnoreCase);

    /// <summary>The activity with <paramref name="purpose"/> added to its channelData object, other properties kept.</summary>
    public static Activity Stamp(Activity activity, string purpose)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Of(activity) is not null
            || activity.ChannelData is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null) })
        {
            return activity; // a purpose the sender chose wins; channelData that is no object is a channel's own payload
        }

        return activity with { ChannelData = ScratchJson.ObjectWith(activity.ChannelData, purpose, static (json, purpose) => json.WriteString(Property, purpose)) };
    }
}
