namespace ContactHub.Hub.Turns;

/// <summary>The bot speaks zh-CN unless the customer's client says English.</summary>
public static class TurnLocale
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static string Resolve(string? activityLocale, string? conversationLocale)
    {
        var locale = string.IsNullOrWhiteSpace(activityLocale) ? conversationLocale : activityLocale;
        return locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;
    }
}
