using ContactHub.Hub.Campaigns.Planning;

namespace ContactHub.Hub.Campaigns;

/// <summary>What one preview or run counted so far, and the sends this run planned per customer (for the weekly cap).</summary>
public sealed class CampaignRunTally(int limit)
{
    private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _planned = [];
    private readonly List<PlannedSend> _sends = [];

    public int Targeted { get; set; }

    public int Enqueued { get; set; }

    public int AlreadyKnown { get; set; }

    public int PlannedFor(long customerId) => _planned.GetValueOrDefault(customerId);

    public void Add(PlannedSend send)
    {
        ArgumentNullException.ThrowIfNull(send);
        if (send.SkipReason is { } reason)
        {
            _skipped[reason] = _skipped.GetValueOrDefault(reason) + 1;
        }
        else
        {
            _planned[send.CustomerId] = PlannedFor(send.CustomerId) + 1;
        }

        if (_sends.Count < limit)
        {
            _sends.Add(send);
        }
    }

    /// <summary>Sends another instance recorded between this run's lookup and its insert: theirs, so already known here.</summary>
    public void LostRace(PlannedSend send)
    {
        ArgumentNullException.ThrowIfNull(send);
        AlreadyKnown++;
        if (send.SkipReason is { } reason && _skipped.TryGetValue(reason, out var count))
        {
            _skipped[reason] = count - 1;
        }
    }

    public CampaignRunReport Report(long campaignId) =>
        new(campaignId, Targeted, Enqueued, AlreadyKnown, _skipped.Where(s => s.Value > 0).ToDictionary(StringComparer.Ordinal), _sends);
}
