using System.Globalization;
using System.Text.Json;

namespace ContactHub.Channels.Sms;

/// <summary>
/// Twilio's form-encoded webhooks (§2.1 inbound message, §2.4 status callback) → the hub's types.
/// Takes the already-verified form as name/value pairs; no HttpContext.
/// </summary>
public static class SmsInbound
{
    public const string ZhCn = "zh-CN";
    public const string En = "en";

    public static SmsParseResult<Activity> ParseMessage(IEnumerable<KeyValuePair<string, string>> form, DateTimeOffset receivedAt)
    {
        var p = Index(form);
        var messageSid = Get(p, "MessageSid") ?? Get(p, "SmsMessageSid");
        if (messageSid is null)
        {
            return SmsParseResult<Activity>.Malformed("MessageSid is missing.");
        }

        var rawFrom = Get(p, "From");
        if (rawFrom is null)
        {
            return SmsParseResult<Activity>.Malformed("From is missing.");
        }

        if (!E164Number.TryParse(rawFrom, out var from))
        {
            return SmsParseResult<Activity>.Malformed($"From '{rawFrom}' is not a phone number.");
        }

        var rawTo = Get(p, "To");
        var to = E164Number.TryParse(rawTo, out var toNumber) ? toNumber.Value : rawTo ?? "";
        var text = Get(p, "Body") ?? "";
        return SmsParseResult<Activity>.Ok(new Activity
        {
            Type = ActivityTypes.Message,
            Id = messageSid,
            Timestamp = receivedAt,
            ChannelId = ChannelIds.Sms,
            From = new ChannelAccount { Id = from.Value, Role = "user" },
            Recipient = new ChannelAccount { Id = to, Role = "bot" },
            Conversation = new ConversationAccount { Id = from.Value },
            Text = text,
            Locale = GuessLocale(text, from),
            Attachments = Media(p),
            ChannelData = ChannelData(p, messageSid),
        });
    }

    public static SmsParseResult<SmsStatusUpdate> ParseStatus(IEnumerable<KeyValuePair<string, string>> form)
    {
        var p = Index(form);
        var messageSid = Get(p, "MessageSid") ?? Get(p, "SmsSid");
        if (messageSid is null)
        {
            return SmsParseResult<SmsStatusUpdate>.Malformed("MessageSid is missing.");
        }

        var status = Get(p, "MessageStatus") ?? Get(p, "SmsStatus");
        if (status is null)
        {
            return SmsParseResult<SmsStatusUpdate>.Malformed("MessageStatus is missing.");
        }

        int? errorCode = null;
        if (Get(p, "ErrorCode") is { } rawCode)
        {
            if (!int.TryParse(rawCode, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                return SmsParseResult<SmsStatusUpdate>.Malformed($"ErrorCode '{rawCode}' is not a number.");
            }

            errorCode = code;
        }

        return SmsParseResult<SmsStatusUpdate>.Ok(
            new SmsStatusUpdate(messageSid, status.ToLowerInvariant(), errorCode, Get(p, "To"), Get(p, "From")));
    }

    /// <summary>zh-CN when the text has Chinese in it or the sender is a +86 number; English otherwise.</summary>
    public static string GuessLocale(string text, E164Number from) =>
        from.IsChinaMainland || HasCjk(text) ? ZhCn : En;

    private static bool HasCjk(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3000' and <= '\u303F'))
            {
                return true;
            }
        }

        return false;
    }

    private static List<Attachment>? Media(IReadOnlyDictionary<string, string> p)
    {
        var count = int.TryParse(Get(p, "NumMedia"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        if (count == 0)
        {
            return null;
        }

        var media = new List<Attachment>();
        for (var i = 0; i < count && Get(p, $"MediaUrl{i}") is { } url; i++)
        {
            media.Add(new Attachment { ContentType = Get(p, $"MediaContentType{i}") ?? "application/octet-stream", ContentUrl = url });
        }

        return media.Count == 0 ? null : media;
    }

    // The raw Twilio facts the turn may need, verbatim: OptOutType is Twilio's own keyword verdict (Advanced Opt-Out, §2.5).
    private static JsonElement ChannelData(IReadOnlyDictionary<string, string> p, string messageSid) =>
        ScratchJson.Build((p, messageSid), static (json, s) =>
        {
            json.WriteStartObject();
            json.WriteString("messageSid", s.messageSid);
            foreach (var (name, key) in ChannelDataFields)
            {
                if (Get(s.p, name) is { } value)
                {
                    json.WriteString(key, value);
                }
            }

            json.WriteEndObject();
        });

    private static readonly (string Name, string Key)[] ChannelDataFields =
    [
        ("AccountSid", "accountSid"),
        ("MessagingServiceSid", "messagingServiceSid"),
        ("To", "to"),
        ("OptOutType", "optOutType"),
        ("NumSegments", "numSegments"),
        ("FromCountry", "fromCountry"),
    ];

    // Twilio never repeats a name in these webhooks; if it did, the first value wins. A dictionary (the hub's verified
    // form) has one value per name already and is read as it is.
    private static IReadOnlyDictionary<string, string> Index(IEnumerable<KeyValuePair<string, string>> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form is IReadOnlyDictionary<string, string> indexed)
        {
            return indexed;
        }

        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in form)
        {
            index.TryAdd(name, value);
        }

        return index;
    }

    private static string? Get(IReadOnlyDictionary<string, string> p, string name) =>
        p.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
