namespace ContactHub.Hub.Outbox;

/// <summary>Per-channel send rate shared by every worker of every instance.</summary>
public interface IOutboxRateLimiter
{
    /// <summary>
    /// Takes one send from <paramref name="channel"/>'s budget for the second containing <paramref name="now"/>.
    /// Returns zero when the message may go now; otherwise how long until a window that likely has room, counting the
    /// messages already turned away in this window, so that a backlog spreads over the following seconds instead of
    /// all retrying in the next one.
    /// </summary>
    Task<TimeSpan> AcquireAsync(string channel, int perSecond, DateTimeOffset now, CancellationToken cancellationToken);
}
