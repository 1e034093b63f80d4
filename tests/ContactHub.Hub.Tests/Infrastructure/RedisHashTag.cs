namespace ContactHub.Hub.Tests.Infrastructure;

/// <summary>
/// The part of a key Redis Cluster hashes: between the first '{' and the next '}', when that is not empty.
/// Computed here because the client's own HashSlot answers -1 for every key on a non-cluster server.
/// </summary>
public static class RedisHashTag
{
    public static string Of(string key)
    {
        var open = key.IndexOf('{', StringComparison.Ordinal);
        var close = open < 0 ? -1 : key.IndexOf('}', open + 1);
        return close > open + 1 ? key[(open + 1)..close] : key;
    }
}
