using ContactHub.Channels;

namespace ContactHub.Hub.Turns;

/// <param name="Duplicate">True when this delivery was seen before and no turn ran.</param>
public sealed record TurnOutcome(bool Duplicate, IReadOnlyList<Activity> Replies)
{
    public static readonly TurnOutcome AlreadySeen = new(true, []);
}
