using ContactHub.Channels;

namespace ContactHub.Hub.State;

/// <summary>
/// Every Redis key the hub uses is built here. The part in braces is the Redis Cluster hash tag, so all keys of
/// one conversation land on one slot (Lua scripts may touch several of them).
/// <code>
/// - ch:{channel:user}:state       hash   fields v (version), s (ConversationState JSON); TTL State:ConversationTtl
/// - ch:{channel:user}:lock        string turn lock token, PX lease
/// - ch:dedupe:{channel:delivery}  string "1", EX State:DedupeTtl; one per channel delivery id
/// - ch:dl:{conversationId}:log    stream Direct Line activities, entry id = watermark (WebChat)
/// - ch:dl:{conversationId}:meta   hash   Direct Line conversation (user id, token expiry)
/// - ch:{desk}:queued              zset   conversations waiting for an agent ("channel:user"), score = requested at (unix ms)
/// - ch:{desk}:active              zset   conversations with an agent, score = claimed at (unix ms)
/// - ch:{desk}:online              hash   agent user name → open desk connections (SignalR), across instances
/// - ch:{desk}:signalr             prefix the SignalR Redis backplane's channels
/// </code>
/// </summary>
public static class StateKeys
{
    public static string State(ConversationKey key) => $"ch:{{{key.Channel}:{key.UserId}}}:state";

    public static string TurnLock(ConversationKey key) => $"ch:{{{key.Channel}:{key.UserId}}}:lock";

    public static string Dedupe(string channel, string deliveryId) => $"ch:dedupe:{{{channel}:{deliveryId}}}";

    public static string DirectLineLog(string conversationId) => $"ch:dl:{{{conversationId}}}:log";

    public static string DeskQueued => "ch:{desk}:queued";

    public static string DeskActive => "ch:{desk}:active";

    public static string DeskOnline => "ch:{desk}:online";

    public static string DeskBackplane => "ch:{desk}:signalr";

    public static string DirectLineMeta(string conversationId) => $"ch:dl:{{{conversationId}}}:meta";
}
