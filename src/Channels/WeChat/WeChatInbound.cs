using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace ContactHub.Channels.WeChat;

/// <summary>
/// Wire → <see cref="Activity"/> for the pushes in reference §1.2–1.3. Every field WeChat sent is kept as
/// <see cref="Activity.ChannelData"/> (a flat object of strings: MediaId, MsgDataId, Ticket, MenuId …);
/// the conversation is the user's OpenID and the activity id is WeChat's MsgId.
/// </summary>
public static class WeChatInbound
{
    public const string Locale = "zh-CN";

    public static bool TryCreateActivity(
        WeChatXmlMessage message, [NotNullWhen(true)] out Activity? activity, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(message);
        activity = null;
        if (string.IsNullOrEmpty(message.FromUserName) || string.IsNullOrEmpty(message.ToUserName) || string.IsNullOrEmpty(message.MsgType))
        {
            reason = "ToUserName, FromUserName and MsgType are required.";
            return false;
        }

        if (message.CreateTime is not { } createTime)
        {
            reason = "CreateTime must be Unix seconds.";
            return false;
        }

        var common = new Activity
        {
            Type = ActivityTypes.Message,
            Id = message.IsEvent ? null : message.MsgId,
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(createTime),
            ChannelId = ChannelIds.WeChat,
            From = new ChannelAccount { Id = message.FromUserName, Role = "user" },
            Recipient = new ChannelAccount { Id = message.ToUserName, Role = "bot" },
            Conversation = new ConversationAccount { Id = message.FromUserName },
            Locale = Locale,
            ChannelData = ToJson(message.Fields),
        };

        activity = message.IsEvent ? FromEvent(message, common) : FromMessage(message, common);
        reason = null;
        return true;
    }

    private static Activity FromMessage(WeChatXmlMessage m, Activity common) => m.MsgType switch
    {
        "text" => common with
        {
            Text = m["Content"],

            // A tap on a msgmenu item arrives as text plus bizmsgmenuid (reference §1.2).
            Value = m["bizmsgmenuid"] is { Length: > 0 } menuId ? Strings(("menuId", menuId)) : null,
        },
        "image" => common with
        {
            Attachments = [new Attachment { ContentType = "image/*", ContentUrl = m["PicUrl"] }],
        },
        "voice" => common with
        {
            // Recognition is present only when the account enabled speech recognition (reference §1.2).
            Text = string.IsNullOrWhiteSpace(m["Recognition"]) ? null : m["Recognition"],
            Attachments = [new Attachment { ContentType = "audio/" + (m["Format"] ?? "amr").ToLowerInvariant() }],
        },
        "video" or "shortvideo" => common with
        {
            Attachments = [new Attachment { ContentType = "video/*" }],
        },
        "location" => common with
        {
            Text = m["Label"],
            Value = Location(m["Location_X"], m["Location_Y"], ("scale", m["Scale"]), ("label", m["Label"])),
        },
        "link" => common with
        {
            Text = m["Title"],
            Attachments = [new Attachment { ContentType = "text/html", ContentUrl = m["Url"], Name = m["Title"] }],
            Value = Strings(("title", m["Title"]), ("description", m["Description"]), ("url", m["Url"])),
        },
        _ => common,
    };

    private static Activity FromEvent(WeChatXmlMessage m, Activity common)
    {
        var name = m.Event ?? "";
        var value = name switch
        {
            WeChatEvents.Subscribe => SceneValue(m, m.EventKey is { } key && key.StartsWith(WeChatEvents.QrScenePrefix, StringComparison.Ordinal)
                ? key[WeChatEvents.QrScenePrefix.Length..]
                : null),
            WeChatEvents.Scan => SceneValue(m, m.EventKey),
            WeChatEvents.Click => Strings(("key", m.EventKey)),
            WeChatEvents.View => Strings(("url", m.EventKey), ("menuId", m["MenuId"])),
            WeChatEvents.Location => Location(m["Latitude"], m["Longitude"], ("precision", m["Precision"])),
            WeChatEvents.TemplateSendJobFinish => Strings(("msgId", m.MsgId), ("status", m["Status"])),
            _ => null,
        };

        return common with
        {
            Type = ActivityTypes.Event,
            Name = name,
            Value = value,

            // The delivery result refers to the template message we sent (reference §1.10), so it replies to that id.
            ReplyToId = string.Equals(name, WeChatEvents.TemplateSendJobFinish, StringComparison.Ordinal) ? m.MsgId : null,
        };
    }

    /// <summary>A QR scene as the customer's source; a plain subscribe has none and gets no value.</summary>
    private static JsonElement? SceneValue(WeChatXmlMessage m, string? scene) =>
        string.IsNullOrEmpty(scene) ? null : Strings(("source", scene), ("ticket", m["Ticket"]));

    private static JsonElement? Location(string? latitude, string? longitude, params ReadOnlySpan<(string Name, string? Value)> extra)
    {
        if (!double.TryParse(latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lng))
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("latitude", lat);
            writer.WriteNumber("longitude", lng);
            foreach (var (name, value) in extra)
            {
                if (name is "scale" or "precision" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    writer.WriteNumber(name, number);
                }
                else if (value is not null)
                {
                    writer.WriteString(name, value);
                }
            }

            writer.WriteEndObject();
        }

        return Parse(buffer);
    }

    private static JsonElement Strings(params ReadOnlySpan<(string Name, string? Value)> properties)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                if (value is not null)
                {
                    writer.WriteString(name, value);
                }
            }

            writer.WriteEndObject();
        }

        return Parse(buffer);
    }

    private static JsonElement ToJson(IReadOnlyDictionary<string, string> fields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        return Parse(buffer);
    }

    private static JsonElement Parse(ArrayBufferWriter<byte> buffer)
    {
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }
}
