namespace ContactHub.Hub.Desk;

/// <summary>Whether agents are working now, and if not, when they start again (in the dealer's offset; null if not in the coming weeks).</summary>
public sealed record DeskOpening(bool IsOpen, DateTimeOffset? NextOpening)
{
    public static DeskOpening OpenNow { get; } = new(true, null);
}
