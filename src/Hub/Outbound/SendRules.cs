using System.Text.Json;
using ContactHub.Channels;

namespace ContactHub.Hub.Outbound;

/// <summary>
/// Rules every outbound activity must pass, written once, that need nothing but the activity. Withdrawn consent
/// (SMS STOP/退订/21610, WeChat unsubscribe) is the per-identity status in <see cref="IChannelIdentityStatusStore"/>,
/// checked by the SMS and WeChat adapters on every send that reaches them through <see cref="OutboundDispatcher"/>:
/// turn replies, agent replies, verification codes and outbox sends alike (tests: ChannelCompliance, SmsOutboxTests).
/// It stays there because the adapter must also answer the waiting webhook when it refuses.
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
