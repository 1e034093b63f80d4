using System.Globalization;

namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// A date-time found in a message, resolved in the dealer's time zone. <see cref="Time"/> is null when only a day
/// was said (周六, "Saturday"); <see cref="TimeInferred"/> is true when the time is a part of day's default (下午 → 14:00).
/// </summary>
public sealed record DateTimeMatch(int Start, int Length, DateOnly Date, TimeOnly? Time, bool TimeInferred, TimeSpan Offset)
{
    /// <summary>The instant, when a time is known.</summary>
    public DateTimeOffset? Moment => Time is { } time ? new DateTimeOffset(Date.ToDateTime(time), Offset) : null;

    /// <summary>ISO 8601: 2026-12-01T15:00:00+08:00, or 2026-12-01 when no time is known.</summary>
    public string Value => Moment is { } moment
        ? moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
        : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string ToString() => Value;
}
