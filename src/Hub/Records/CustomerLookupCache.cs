using System.Collections.Concurrent;
using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Records;

/// <summary>
/// Channel identity (channel id + user id) → the customer the records know behind it, or that they know none, for
/// <see cref="Lifetime"/>. An SMS conversation asks on every message, and a booking several times (issue 8).
/// Linking an identity or importing records clears this instance's entries; other hub instances see the change when
/// their entries expire, so a customer is recognised on every instance at most <see cref="Lifetime"/> after linking.
/// </summary>
public sealed class CustomerLookupCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>Past this many entries the cache starts over, so a flood of one-off senders cannot grow it unbounded.</summary>
    private const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<(string Channel, string UserId), Entry> _entries = new();

    public bool TryGet(string channelId, string userId, out CustomerInfo? customer)
    {
        if (_entries.TryGetValue((channelId, userId), out var entry) && entry.ExpiresAt > clock.GetTimestamp())
        {
            customer = entry.Customer;
            return true;
        }

        customer = null;
        return false;
    }

    public void Set(string channelId, string userId, CustomerInfo? customer)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        var expiresAt = clock.GetTimestamp() + (long)(Lifetime.TotalSeconds * clock.TimestampFrequency);
        _entries[(channelId, userId)] = new Entry(customer, expiresAt);
    }

    public void Forget(string channelId, string userId) => _entries.TryRemove((channelId, userId), out _);

    public void Clear() => _entries.Clear();

    private readonly record struct Entry(CustomerInfo? Customer, long ExpiresAt);
}
