namespace ContactHub.Channels.WeChat;

/// <summary>
/// The inbound half of the WeChat channel: verify → decrypt → parse → <see cref="Activity"/>, over the query values
/// and the body stream (no HttpContext, STYLE #1). Nothing is read from the body of a plaintext push whose signature
/// is wrong, and nothing here touches state, so a refused push leaves no trace but the endpoint's log line.
/// </summary>
public static class WeChatPushReader
{
    public static async Task<WeChatPush> ReadAsync(
        WeChatPushQuery query, Stream body, WeChatOptions options, WeChatCrypto? crypto, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        if (!query.IsEncrypted)
        {
            var status = WeChatSignature.Verify(options.Token, query.Timestamp, query.Nonce, query.Signature, now);
            if (status != WeChatSignatureStatus.Valid)
            {
                return WeChatPush.Unauthorized($"signature {status}");
            }

            var plain = await WeChatXml.ParseAsync(body, cancellationToken);
            return plain.IsSuccess ? ToActivity(plain.Message, options, encrypted: false) : WeChatPush.Malformed(plain.Reason!);
        }

        if (crypto is null)
        {
            return WeChatPush.Malformed("safe-mode push, but WeChat:EncodingAESKey is not configured");
        }

        var envelope = await WeChatXml.ParseAsync(body, cancellationToken);
        if (!envelope.IsSuccess)
        {
            return WeChatPush.Malformed(envelope.Reason!);
        }

        // Only msg_signature covers the body; "不要使用signature验证" (reference §1.5).
        var encrypt = envelope.Message.Encrypt;
        var signature = WeChatSignature.VerifyMessage(options.Token, query.Timestamp, query.Nonce, encrypt, query.MsgSignature, now);
        if (signature != WeChatSignatureStatus.Valid)
        {
            return WeChatPush.Unauthorized($"msg_signature {signature}");
        }

        if (!crypto.TryDecrypt(encrypt!, out var xml, out var error))
        {
            return error == WeChatCryptoError.ValidateAppId
                ? WeChatPush.Unauthorized($"encrypted for another AppId ({(int)error})")
                : WeChatPush.Malformed($"Encrypt cannot be decrypted ({error}, {(int)error})");
        }

        var inner = WeChatXml.Parse(xml);
        return inner.IsSuccess ? ToActivity(inner.Message, options, encrypted: true) : WeChatPush.Malformed(inner.Reason!);
    }

    /// <summary>
    /// The activity id is the delivery id, <c>{AppId}:{WeChatDedupeKey}</c>: the turn pipeline dedupes on it, so each
    /// delivery runs once across instances whatever WeChat retries (§1.4), events included.
    /// </summary>
    private static WeChatPush ToActivity(WeChatXmlMessage message, WeChatOptions options, bool encrypted)
    {
        if (!WeChatInbound.TryCreateActivity(message, out var activity, out var reason))
        {
            return WeChatPush.Malformed(reason);
        }

        if (WeChatDedupeKey.From(message) is not { } key)
        {
            return WeChatPush.Malformed("the push has no MsgId and no FromUserName+CreateTime to dedupe on");
        }

        return new WeChatPush(WeChatPushStatus.Accepted, null, message, activity with { Id = $"{options.AppId}:{key}" }, encrypted);
    }
}
