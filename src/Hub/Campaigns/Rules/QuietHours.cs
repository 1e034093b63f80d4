namespace ContactHub.Hub.Campaigns.Rules;

/// <summary>Quiet hours in the dealer's time zone: a message planned inside them waits until they end.</summary>
public static class QuietHours
{
    /// <returns>When the quiet hours containing <paramref name="now"/> end (UTC), or null when it may go now.</returns>
    public static DateTimeOffset? NotBefore(DateTimeOffset now, TimeZoneInfo zone, TimeOnly start, TimeOnly end)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (start == end)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var today = DateOnly.FromDateTime(local.DateTime);
        var wraps = start > end; // 21:00-08:30 spans midnight
        DateOnly endDay;
        if (wraps)
        {
            if (time >= start)
            {
                endDay = today.AddDays(1);
            }
            else if (time < end)
            {
                endDay = today;
            }
            else
            {
                return null;
            }
        }
        else if (time >= start && time < end)
        {
            endDay = today;
        }
        else
        {
            return null;
        }

        var localEnd = endDay.ToDateTime(end);
        return new DateTimeOffset(localEnd, zone.GetUtcOffset(localEnd)).ToUniversalTime();
    }

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
