using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Desk;

/// <summary>When agents work, in the dealer's time zone (Asia/Shanghai unless configured).</summary>
public sealed class WorkingHours(IOptions<DeskOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public TimeOnly OpensAt => options.Value.OpensAt;

    public TimeOnly ClosesAt => options.Value.ClosesAt;

    public bool IsOpen(DateTimeOffset now)
    {
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);
        return local >= OpensAt && local < ClosesAt;
    }

    /// <summary>The next opening after <paramref name="now"/>, in dealer time.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (TimeOnly.FromDateTime(local.DateTime) >= OpensAt)
        {
            day = day.AddDays(1);
        }

        var opening = day.ToDateTime(OpensAt);
        return new DateTimeOffset(opening, _zone.GetUtcOffset(opening));
    }
}
