using ContactHub.Channels;

namespace ContactHub.Hub.State;

/// <summary>
/// Every Redis key the hub uses is built here. The part in braces is the Redis Cluster hash tag, so all keys of
/// one conversation land on one slot (Lua scripts may touch several of them).
/// <code>
/// - ch:{channel:user}:state       hash   fields v (version), s (ConversationState JSON); TTL State:ConversationTtl
/// - ch:{channel:user}:lock        string turn lock token, PX lease
/// - ch:{channel:user}:dedupe:{delivery} string the lock token of the turn that marked the delivery (RedisTurnGate),
///                                 PX State:DedupeTtl; in the conversation's slot, so the turn gate's scripts stay Redis Cluster safe
/// - ch:dedupe:{channel:delivery}  string "1": a delivery handled outside the turn gate (IDedupeStore: SMS keywords), PX State:DedupeTtl
/// - ch:dl:{conversationId}:log    stream Direct Line activities, entry id = watermark (WebChat); PX State:DirectLineHistoryTtl
/// - ch:dl:{conversationId}:meta   hash   Direct Line conversation: created (unix s), seq (last watermark)
/// - ch:dl:{conversationId}:wake   pub/sub channel (not a key): "a" after an append, "o:{streamId}" when a socket opens
/// - ch:{desk}:queued              zset   conversations waiting for an agent ("channel:user"), score = requested at (unix ms)
/// - ch:{desk}:active              zset   conversations with an agent, score = claimed at (unix ms)
/// - ch:{desk}:presence            zset   "agent|connection id" of open desk connections (SignalR), score = lease end (unix ms)
/// - ch:{desk}:signalr             prefix the SignalR Redis backplane's channels
/// - ch:{desk}:dataprotection-keys list   ASP.NET Core data-protection key ring (XML), shared by all instances
/// - ch:{channel:user}:status      string "inactive" once the identity unsubscribed; absent = active (WeChat, issue 4)
/// - ch:{channel:user}:cswindow    hash   WeChat customer-service window: lu/ll (48 h window end ms / messages left),
///                                        su/sl (1 min window after a click, follow or scan); PEXPIREAT the later end
/// - ch:wx:{appId}:token           string WeChat access token, PX its lifetime minus the refresh margin
/// - ch:wx:{appId}:token-lock      string owner of the single-flight token refresh, PX lease
/// - ch:wx:tpl:{appId:msgId}       hash   template message delivery: openid, template, status, at; EX 30 days
/// - ch:ob:{outbox}:stream         stream outbox entries (field k = idempotency key), consumer group "workers";
///                                        a stream and its group are one key
/// - ch:ob:{outbox}:delayed        zset   idempotency keys waiting for not-before / retry / rate window, score = unix ms
/// - ch:ob:{outbox}:d:{idempotency} hash  one delivery: m (OutboxMessage JSON), s (status), a (attempts), c (channel
///                                        message id), r (last error), u (updated, unix ms), w (last worker); TTL
///                                        Outbox:DeliveryTtl. The first braces are the hash tag, so the idempotency key
///                                        may contain braces; all keys of one outbox share one slot
/// - ch:rate:{channel}:{unixSecond} string send count in that second, PX 2000 (Outbox:RatePerSecond)
/// - ch:{channel:user}:verify      hash   identity-binding code the conversation waits for: m (mobile), h (HMAC of the
///                                        code, never the code), s (salt), t (tries left), e (expiry, unix ms); PX lifetime
/// - ch:{channel:user}:verify-sends zset  code sends from this conversation in the last hour, score = unix ms; PX 1 h
/// - ch:verify:{mobile}:sends      zset   code sends to this E.164 number in the last hour, score = unix ms; PX 1 h
/// - ch:{sms:+E164}:menu           string JSON array of the reply texts of the last numbered suggested actions sent to
///                                        the number ("回复 1 …"), so a digit reply maps back; TTL State:ConversationTtl
/// - ch:sms:msg:{messageSid}       hash   one outbound SMS: s (highest-ranked status), r (its rank), e (ErrorCode),
///                                        to, k (the sent activity's id), u (updated, unix ms); EX 30 days (issue 5)
/// - ch:dedupe:{sms-token:token}   string I-Twilio-Idempotency-Token already seen (Dedupe with channel "sms-token")
/// - ch:dedupe:{wechat-window:id}  string WeChat delivery whose push already opened the customer-service window (Dedupe with channel "wechat-window")
/// The SMS opt-out suppression is ch:{sms:+E164}:status above ("inactive" after STOP/退订/21610, cleared by START).
/// </code>
/// </summary>
public static class StateKeys
{
    public static string State(ConversationKey key) => $"ch:{{{key.Channel}:{key.UserId}}}:state";

    public static string TurnLock(ConversationKey key) => $"ch:{{{key.Channel}:{key.UserId}}}:lock";

    public static string Dedupe(string channel, string deliveryId) => $"ch:dedupe:{{{channel}:{deliveryId}}}";

    public static string TurnDedupe(ConversationKey key, string deliveryId) => $"ch:{{{key.Channel}:{key.UserId}}}:dedupe:{deliveryId}";

    public static string DirectLineLog(string conversationId) => $"ch:dl:{{{conversationId}}}:log";

    public static string DeskQueued => "ch:{desk}:queued";

    public static string DeskActive => "ch:{desk}:active";

    public static string DeskPresence => "ch:{desk}:presence";

    public static string DeskBackplane => "ch:{desk}:signalr";

    public static string DataProtectionKeys => "ch:{desk}:dataprotection-keys";

    public static string DirectLineMeta(string conversationId) => $"ch:dl:{{{conversationId}}}:meta";

    public static string DirectLineWake(string conversationId) => $"ch:dl:{{{conversationId}}}:wake";

    public static string IdentityStatus(ConversationKey key) => $"ch:{{{key.Channel}:{key.UserId}}}:status";

    public static string WeChatServiceWindow(ConversationKey key) => $"ch:{{{key.Channel}:{key.UserId}}}:cswindow";

    public static string WeChatToken(string appId) => $"ch:wx:{{{appId}}}:token";

    public static string WeChatTokenLock(string appId) => $"ch:wx:{{{appId}}}:token-lock";

    public static string WeChatTemplateDelivery(string appId, string msgId) => $"ch:wx:tpl:{{{appId}:{msgId}}}";

    public static string OutboxStream(string outbox) => $"ch:ob:{{{outbox}}}:stream";

    public static string OutboxDelayed(string outbox) => $"ch:ob:{{{outbox}}}:delayed";

    public static string OutboxDelivery(string outbox, string idempotencyKey) => $"ch:ob:{{{outbox}}}:d:{idempotencyKey}";

    public static string OutboxRateWindow(string channel, long unixSecond) => $"ch:rate:{{{channel}}}:{unixSecond}";

    public static string VerificationCode(ConversationKey key) => $"ch:{{{key.Channel}:{key.UserId}}}:verify";

    public static string VerificationSendsByConversation(ConversationKey key) => $"ch:{{{key.Channel}:{key.UserId}}}:verify-sends";

    public static string VerificationSendsByNumber(string mobile) => $"ch:verify:{{{mobile}}}:sends";

    public static string SmsMenu(ConversationKey key) => $"ch:{{{key.Channel}:{key.UserId}}}:menu";

    public static string SmsMessage(string messageSid) => $"ch:sms:msg:{{{messageSid}}}";
}
