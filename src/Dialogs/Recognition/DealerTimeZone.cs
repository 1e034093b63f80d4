namespace ContactHub.Dialogs.Recognition;

/// <summary>The time zone relative dates resolve in when the dealer configures none.</summary>
public static class DealerTimeZone
{
    public const string DefaultId = "Asia/Shanghai";

    /// <summary>Asia/Shanghai, or a fixed UTC+8 zone where the host has no tz database (China has no daylight saving).</summary>
    public static TimeZoneInfo Default { get; } = Find(DefaultId);

    public static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (string.Equals(id, DefaultId, StringComparison.Ordinal))
        {
            return TimeZoneInfo.CreateCustomTimeZone(DefaultId, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
