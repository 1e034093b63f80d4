using System.Text.Json;
using ContactHub.Channels;

namespace ContactHub.Hub.Outbound;

/// <summary>
/// Rules every outbound activity must pass, written once. Consent and opt-out join here when the SMS and
/// campaign work lands (issues 5 and 7).
/// </summary>
public static class SendRules
{
    /// <returns>Why the activity must not be sent, or null when it may go.</returns>
    public static string? Refuse(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (IsPrivateNote(activity))
        {
            return "private agent notes are never sent to the customer";
        }

        return activity.From?.Role == "user" ? "the customer's own message is not echoed back through the channel" : null;
    }

    private static bool IsPrivateNote(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("private", out var flag)
        && flag.ValueKind == JsonValueKind.True;
}
