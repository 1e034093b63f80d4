using System.Text.Json;
using ContactHub.Channels;

namespace ContactHub.Hub.Campaigns.Delivery;

/// <summary>Finds the <see cref="CampaignStamp"/> the engine puts in a campaign message's channelData under <c>"campaign"</c>.</summary>
public static class CampaignStampReader
{
    public const string Property = "campaign";

    public static CampaignStamp? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } data
            || !data.TryGetProperty(Property, out var stamp) || stamp.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return stamp.Deserialize(CampaignJsonContext.Default.CampaignStamp);
        }
        catch (JsonException)
        {
            return null; // a malformed stamp is sent as a plain message rather than lost
        }
    }
}
