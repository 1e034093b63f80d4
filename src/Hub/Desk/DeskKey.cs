using ContactHub.Channels;

namespace ContactHub.Hub.Desk;

/// <summary>A conversation key as the desk's index stores it: "channel:user" (channel ids never contain a colon).</summary>
public static class DeskKey
{
    public static string Format(ConversationKey key) => key.ToString();

    public static ConversationKey Parse(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return new ConversationKey(value[..colon], value[(colon + 1)..]);
    }
}
