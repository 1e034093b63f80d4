namespace ContactHub.Hub.Campaigns.Rules;

/// <summary>How far a vehicle goes in a day, from its service history.</summary>
public static class OdometerEstimate
{
    /// <summary>Readings closer together than this say little about a driver's habits (two visits in one week).</summary>
    public const int MinimumSpanDays = 30;

    /// <summary>
    /// The average daily distance between the first and the last visit with an odometer reading; when those are too
    /// close together, since delivery (zero kilometres) up to the last reading; with neither, <paramref name="fallback"/>.
    /// </summary>
    public static double KilometresPerDay(DateOnly? delivered, OdometerReading? first, OdometerReading? last, double fallback)
    {
        if (last is { } end)
        {
            if (first is { } start && Rate(start, end) is { } betweenVisits)
            {
                return betweenVisits;
            }

            if (delivered is { } day && Rate(new OdometerReading(day, 0), end) is { } sinceDelivery)
            {
                return sinceDelivery;
            }
        }

        return fallback;
    }

    private static double? Rate(OdometerReading from, OdometerReading to)
    {
        var days = to.Date.DayNumber - from.Date.DayNumber;
        return days >= MinimumSpanDays && to.Kilometres >= from.Kilometres ? (double)(to.Kilometres - from.Kilometres) / days : null;
    }
}
