using System.Globalization;
using ContactHub.Dialogs.Resources;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Desk;

/// <summary>What a waiting customer is told: their place and expected wait, that nobody is online yet, or that it is after hours.</summary>
public sealed class QueueNotice(WorkingHours hours, IOptions<DeskOptions> options, TimeProvider clock)
{
    public async Task<string> TextAsync(string locale, long position, int agentsOnline, CancellationToken cancellationToken)
    {
        var opening = await hours.CheckAsync(clock.GetUtcNow(), cancellationToken);
        if (!opening.IsOpen)
        {
            return opening.NextOpening is { } next ? Strings.HandoffAfterHours(locale, next.DateTime) : Strings.HandoffAfterHoursNoDate(locale);
        }

        if (agentsOnline == 0)
        {
            return Strings.HandoffNoAgentOnline(locale, Number(options.Value.NoAgentReplyMinutes));
        }

        var ahead = Math.Max(0, position - 1);
        var minutes = Math.Max(1, (int)Math.Ceiling((double)Math.Max(1, position) * options.Value.AverageHandleMinutes / agentsOnline));
        return Strings.HandoffQueued(locale, Number(ahead), Number(minutes));
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}
