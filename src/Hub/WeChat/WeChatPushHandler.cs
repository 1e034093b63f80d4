using ContactHub.Channels;
using ContactHub.Channels.WeChat;
using ContactHub.Hub.Inbound;

namespace ContactHub.Hub.WeChat;

/// <summary>
/// Answers one push within <see cref="WeChatOptions.ReplyDeadline"/> (issue 4). The turn runs detached from the HTTP
/// request: if it delivers exactly one reply in time, that is the answer; otherwise the answer is <c>success</c> and the
/// turn goes on, sending through the customer-service API. A retry of a push this instance is still answering waits on
/// the same slot and starts no turn; a retry reaching another instance is stopped by the pipeline's dedupe.
/// </summary>
public sealed class WeChatPushHandler(
    WeChatOptions options,
    WeChatInboundRouter router,
    WeChatReplySlots slots,
    DetachedTurn detached,
    TimeProvider clock,
    ILogger<WeChatPushHandler> logger)
{
    private readonly WeChatCrypto? _crypto = string.IsNullOrEmpty(options.EncodingAESKey) ? null : new WeChatCrypto(options.EncodingAESKey, options.AppId);

    public bool IsConfigured => !string.IsNullOrEmpty(options.Token) && !string.IsNullOrEmpty(options.AppId);

    /// <summary>
    /// The GET server check (reference §1.1). An Official Account's echostr is plain even in safe mode; only WeCom
    /// encrypts it, so <c>signature</c> is all there is to check.
    /// </summary>
    public WeChatPushAnswer VerifyServer(WeChatPushQuery query, string? echostr)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!IsConfigured)
        {
            return new WeChatPushAnswer(WeChatPushAnswerKind.NotConfigured, "WeChat:AppId and WeChat:Token are not configured");
        }

        var status = WeChatSignature.Verify(options.Token, query.Timestamp, query.Nonce, query.Signature, clock.GetUtcNow());
        if (status != WeChatSignatureStatus.Valid)
        {
            logger.LogWarning("WeChat server check refused: signature {Status} (timestamp {Timestamp})", status, query.Timestamp);
            return new WeChatPushAnswer(WeChatPushAnswerKind.Unauthorized, $"signature {status}");
        }

        return string.IsNullOrEmpty(echostr)
            ? new WeChatPushAnswer(WeChatPushAnswerKind.BadRequest, "echostr is missing")
            : new WeChatPushAnswer(WeChatPushAnswerKind.Echo, echostr);
    }

    public async Task<WeChatPushAnswer> HandleAsync(WeChatPushQuery query, Stream body, CancellationToken requestAborted)
    {
        if (!IsConfigured)
        {
            return new WeChatPushAnswer(WeChatPushAnswerKind.NotConfigured, "WeChat:AppId and WeChat:Token are not configured");
        }

        var push = await WeChatPushReader.ReadAsync(query, body, options, _crypto, clock.GetUtcNow(), requestAborted);
        if (!push.IsAccepted)
        {
            if (push.Status == WeChatPushStatus.Unauthorized)
            {
                logger.LogWarning(
                    "WeChat push refused: {Reason} (mode {Mode}, timestamp {Timestamp}, openid {OpenId})",
                    push.Reason, query.IsEncrypted ? "aes" : "plain", query.Timestamp, query.OpenId);
                return new WeChatPushAnswer(WeChatPushAnswerKind.Unauthorized, push.Reason);
            }

            logger.LogInformation("WeChat push malformed: {Reason}", push.Reason);
            return new WeChatPushAnswer(WeChatPushAnswerKind.BadRequest, push.Reason);
        }

        if (await router.RouteAsync(push.Activity, requestAborted) is not { } plan)
        {
            return WeChatPushAnswer.Success;
        }

        return await AnswerWithinDeadlineAsync(push, query, plan, requestAborted);
    }

    private async Task<WeChatPushAnswer> AnswerWithinDeadlineAsync(
        WeChatPush push, WeChatPushQuery query, WeChatTurnPlan plan, CancellationToken requestAborted)
    {
        var activity = plan.Activity;
        var deliveryId = activity.Id!;
        var (slot, joined) = slots.Open(deliveryId, plan.ExtraReplies);
        var deadline = Task.Delay(options.ReplyDeadline, clock, requestAborted);
        if (joined)
        {
            await Task.WhenAny(slot.Answer, deadline);
            return slot.Answer.IsCompletedSuccessfully ? Answer(push, query, slot.Answer.Result) : WeChatPushAnswer.Success;
        }

        var key = new ConversationKey(ChannelIds.WeChat, activity.From!.Id);
        var turn = detached.RunAsync(key, activity, () => slots.Remove(activity.Id!, slot));
        var first = await Task.WhenAny(slot.Answer, turn, deadline);
        if (first != slot.Answer && slot.TryExpire())
        {
            // The deadline passed, or the turn ended without handing the adapter anything (a duplicate, no replies, a failure).
            if (first == turn && !await turn)
            {
                return new WeChatPushAnswer(WeChatPushAnswerKind.Unavailable, "the turn failed; WeChat will retry the push");
            }

            _ = detached.RecoverIfFailedAsync(turn, key, activity);
            return WeChatPushAnswer.Success;
        }

        _ = detached.RecoverIfFailedAsync(turn, key, activity);
        return Answer(push, query, await slot.Answer);
    }

    private WeChatPushAnswer Answer(WeChatPush push, WeChatPushQuery query, Activity? reply)
    {
        if (reply is null)
        {
            return WeChatPushAnswer.Success;
        }

        var now = clock.GetUtcNow();
        var xml = WeChatOutbound.PassiveReply(push.Activity!, reply, now);
        return new WeChatPushAnswer(
            WeChatPushAnswerKind.PassiveReply,
            push.Encrypted ? WeChatOutbound.EncryptReply(xml, _crypto!, options.Token, query.Nonce!, now) : xml);
    }
}
