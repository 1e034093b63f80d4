using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContactHub.Channels.WeChat;

/// <summary>
/// <see cref="Activity"/> → wire: passive reply XML (reference §1.4), its safe-mode envelope (§1.5) and
/// customer-service message JSON (§1.8). Text WeChat cannot carry in one message is split; suggested actions
/// become a <c>msgmenu</c> or a numbered list.
/// </summary>
public static class WeChatOutbound
{
    /// <summary>
    /// The text limit in UTF-8 bytes, for passive replies and customer-service text alike. The docs say "不超过2048字节"
    /// (WeCom's message API: "最长不超过2048个字节，超过将截断" — cut, not refused); dodgepudding/wechat-php-sdk#363
    /// observed 2047 in practice, so we stay one byte under. Senparc (JeffreySu/WeiXinMPSDK#2875) splits long
    /// customer-service text the same way. The protocol reference (§1.4, §1.8) gives no number.
    /// </summary>
    public const int MaxTextBytes = 2047;

    /// <summary>The body that tells WeChat "no passive reply, don't retry" (reference §1.4); never encrypted.</summary>
    public const string Success = "success";

    private const string SentenceEnds = "。！？!?\n";

    // WeChat shows \uXXXX escapes of Chinese literally in some APIs, so only JSON's own specials are escaped.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>True when <paramref name="reply"/> can go out as the one passive text reply.</summary>
    public static bool FitsPassiveReply(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = RenderText(reply, WeChatSuggestedActionsStyle.NumberedList);
        return reply.Attachments is not { Count: > 0 } && text.Length > 0 && Encoding.UTF8.GetByteCount(text) <= MaxTextBytes;
    }

    /// <summary>
    /// The passive text reply to <paramref name="inbound"/>: ToUserName is the user's OpenID (the inbound's From) and
    /// FromUserName the account's gh_ id (the inbound's Recipient). Suggested actions become a numbered list,
    /// because a passive reply cannot carry a msgmenu.
    /// </summary>
    public static string PassiveReply(Activity inbound, Activity reply, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(reply);
        var openId = inbound.From?.Id ?? throw new ArgumentException("The inbound activity has no From.", nameof(inbound));
        var account = inbound.Recipient?.Id ?? throw new ArgumentException("The inbound activity has no Recipient.", nameof(inbound));
        var text = RenderText(reply, WeChatSuggestedActionsStyle.NumberedList);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"<xml><ToUserName><![CDATA[{Cdata(openId)}]]></ToUserName><FromUserName><![CDATA[{Cdata(account)}]]></FromUserName><CreateTime>{now.ToUnixTimeSeconds()}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{Cdata(text)}]]></Content></xml>");
    }

    /// <summary>Encrypts a passive reply for a safe-mode request, echoing the request's nonce as the doc example does (§1.5).</summary>
    public static string EncryptReply(string replyXml, WeChatCrypto crypto, string token, string nonce, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(crypto);
        return EncryptedEnvelope(crypto.Encrypt(replyXml), token, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), nonce);
    }

    /// <summary>The safe-mode reply envelope around an already encrypted body, laid out as in reference §1.6 vector E.</summary>
    public static string EncryptedEnvelope(string encrypt, string token, string timeStamp, string nonce)
    {
        var signature = WeChatSignature.ComputeMessage(token, timeStamp, nonce, encrypt);
        return $"<xml>\n<Encrypt><![CDATA[{Cdata(encrypt)}]]></Encrypt>\n<MsgSignature><![CDATA[{signature}]]></MsgSignature>\n<TimeStamp>{Cdata(timeStamp)}</TimeStamp>\n<Nonce><![CDATA[{Cdata(nonce)}]]></Nonce>\n</xml>";
    }

    /// <summary>
    /// The customer-service API bodies (§1.8) for one activity, in send order: the text split at
    /// <see cref="MaxTextBytes"/>, and suggested actions either as a msgmenu whose head is the last text part or
    /// as a numbered list appended to the text.
    /// </summary>
    public static IReadOnlyList<string> CustomerServiceMessages(string openId, Activity activity, WeChatSuggestedActionsStyle style)
    {
        ArgumentException.ThrowIfNullOrEmpty(openId);
        ArgumentNullException.ThrowIfNull(activity);
        var parts = SplitText(RenderText(activity, style));
        var actions = activity.SuggestedActions?.Actions ?? [];
        var bodies = new List<string>(parts.Count + 1);
        var menu = style == WeChatSuggestedActionsStyle.MsgMenu && actions.Count > 0;
        for (var i = 0; i < parts.Count; i++)
        {
            if (menu && i == parts.Count - 1)
            {
                break;
            }

            bodies.Add(TextMessage(openId, parts[i]));
        }

        if (menu)
        {
            bodies.Add(MsgMenu(openId, parts.Count > 0 ? parts[^1] : "", actions));
        }

        return bodies;
    }

    /// <summary>
    /// A template message body (reference §1.10). Keys are bare (<c>keyword1</c>, not <c>keyword1.DATA</c>); since
    /// 2023-05-04 WeChat truncates each value to 20 characters, which is the template designer's concern.
    /// </summary>
    public static string TemplateMessage(
        string openId, string templateId, IEnumerable<KeyValuePair<string, string>> data, string? url = null, string? clientMsgId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(openId);
        ArgumentException.ThrowIfNullOrEmpty(templateId);
        ArgumentNullException.ThrowIfNull(data);
        return Json(writer =>
        {
            writer.WriteString("touser", openId);
            writer.WriteString("template_id", templateId);
            if (url is not null)
            {
                writer.WriteString("url", url);
            }

            if (clientMsgId is not null)
            {
                writer.WriteString("client_msg_id", clientMsgId);
            }

            writer.WriteStartObject("data");
            foreach (var (key, value) in data)
            {
                writer.WriteStartObject(key);
                writer.WriteString("value", value);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// Splits <paramref name="text"/> into parts of at most <paramref name="maxBytes"/> UTF-8 bytes, after a
    /// sentence end (。！？!? or a newline) when one lies in the second half of the window, else at the last whole
    /// character. Early boundaries are passed over so a long reply does not burn the 5-message quota (§1.8).
    /// </summary>
    public static IReadOnlyList<string> SplitText(string text, int maxBytes = MaxTextBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 4);
        var parts = new List<string>();
        var rest = text.AsSpan().Trim();
        while (Encoding.UTF8.GetByteCount(rest) > maxBytes)
        {
            var fit = CharsFitting(rest, maxBytes);
            var boundary = rest[..fit].LastIndexOfAny(SentenceEnds);
            var take = boundary >= fit / 2 ? boundary + 1 : fit;
            AddTrimmed(parts, rest[..take]);
            rest = rest[take..].TrimStart();
        }

        AddTrimmed(parts, rest);
        return parts;
    }

    /// <summary>The text with suggested actions as "回复 1 预约保养" lines (or "Reply 1 for …" in English) when asked for.</summary>
    public static string RenderText(Activity activity, WeChatSuggestedActionsStyle style)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        var actions = activity.SuggestedActions?.Actions;
        if (style != WeChatSuggestedActionsStyle.NumberedList || actions is not { Count: > 0 })
        {
            return text;
        }

        var english = activity.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        var builder = new StringBuilder(text);
        for (var i = 0; i < actions.Count; i++)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            if (english)
            {
                builder.Append(CultureInfo.InvariantCulture, $"Reply {i + 1} for {actions[i].Title}");
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"回复 {i + 1} {actions[i].Title}");
            }
        }

        return builder.ToString();
    }

    private static string TextMessage(string openId, string content) => Json(writer =>
    {
        writer.WriteString("touser", openId);
        writer.WriteString("msgtype", "text");
        writer.WriteStartObject("text");
        writer.WriteString("content", content);
        writer.WriteEndObject();
    });

    /// <summary>Item ids are 1-based positions; a tap returns the title as text with that id as bizmsgmenuid (§1.2).</summary>
    private static string MsgMenu(string openId, string head, IReadOnlyList<CardAction> actions) => Json(writer =>
    {
        writer.WriteString("touser", openId);
        writer.WriteString("msgtype", "msgmenu");
        writer.WriteStartObject("msgmenu");
        writer.WriteString("head_content", head);
        writer.WriteStartArray("list");
        for (var i = 0; i < actions.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("id", (i + 1).ToString(CultureInfo.InvariantCulture));
            writer.WriteString("content", actions[i].Title);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("tail_content", "");
        writer.WriteEndObject();
    });

    private static string Json(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static int CharsFitting(ReadOnlySpan<char> text, int maxBytes)
    {
        var bytes = 0;
        var chars = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > maxBytes)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            chars += rune.Utf16SequenceLength;
        }

        return chars;
    }

    private static void AddTrimmed(List<string> parts, ReadOnlySpan<char> part)
    {
        var trimmed = part.Trim();
        if (!trimmed.IsEmpty)
        {
            parts.Add(trimmed.ToString());
        }
    }

    private static string Cdata(string value) => value.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal);
}
