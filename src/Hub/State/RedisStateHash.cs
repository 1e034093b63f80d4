using ContactHub.Dialogs.Runtime;
using StackExchange.Redis;

namespace ContactHub.Hub.State;

/// <summary>Reads a conversation's state hash (fields v and s, see StateKeys) as returned by HMGET state v s.</summary>
public static class RedisStateHash
{
    public static VersionedState Parse(RedisValue version, RedisValue json)
    {
        if (version.IsNull || json.IsNull)
        {
            return new VersionedState(new ConversationState(), 0);
        }

        // The bytes are this reply's own, so the dialog instances may keep slices of them.
        var state = DialogJsonSource.Deserialize((ReadOnlyMemory<byte>)json, HubJsonContext.Default.ConversationState)
            ?? new ConversationState();
        return new VersionedState(state, (long)version);
    }

    /// <summary>The reply of a script that ends with <c>return redis.call('HMGET', state, 'v', 's')</c>.</summary>
    public static VersionedState Parse(RedisResult hmget)
    {
        ArgumentNullException.ThrowIfNull(hmget);
        return Parse((RedisValue)hmget[0], (RedisValue)hmget[1]);
    }
}
