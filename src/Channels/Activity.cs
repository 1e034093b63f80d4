using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactHub.Channels;

/// <summary>
/// The one message type that crosses every boundary, shaped after the Bot Framework Activity schema
/// (field names as in shared/reference/channel-protocols.md §3.5) so Direct Line clients read it unchanged.
/// </summary>
public sealed record Activity
{
    [JsonPropertyName("type")]
    public string Type { get; init; } = ActivityTypes.Message;

    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; init; }

    [JsonPropertyName("localTimestamp")]
    public DateTimeOffset? LocalTimestamp { get; init; }

    [JsonPropertyName("channelId")]
    public string? ChannelId { get; init; }

    [JsonPropertyName("from")]
    [JsonConverter(typeof(StandaloneJsonConverter<ChannelAccount>))]
    public ChannelAccount? From { get; init; }

    [JsonPropertyName("recipient")]
    [JsonConverter(typeof(StandaloneJsonConverter<ChannelAccount>))]
    public ChannelAccount? Recipient { get; init; }

    [JsonPropertyName("conversation")]
    [JsonConverter(typeof(StandaloneJsonConverter<ConversationAccount>))]
    public ConversationAccount? Conversation { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("textFormat")]
    public string? TextFormat { get; init; }

    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    [JsonPropertyName("attachments")]
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    [JsonPropertyName("suggestedActions")]
    public SuggestedActions? SuggestedActions { get; init; }

    [JsonPropertyName("inputHint")]
    public string? InputHint { get; init; }

    [JsonPropertyName("entities")]
    public IReadOnlyList<JsonElement>? Entities { get; init; }

    /// <summary>Channel-specific payload, kept verbatim (Direct Line echoes it, §3.4).</summary>
    [JsonPropertyName("channelData")]
    public JsonElement? ChannelData { get; init; }

    [JsonPropertyName("value")]
    public JsonElement? Value { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("replyToId")]
    public string? ReplyToId { get; init; }

    [JsonPropertyName("membersAdded")]
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public static Activity CreateMessage(string text, string? locale = null) =>
        new() { Type = ActivityTypes.Message, Text = text, Locale = locale };

    /// <summary>A reply addressed back along the conversation this activity came in on.</summary>
    public Activity CreateReply(string text) => CreateReply(text, Locale, suggestedActions: null);

    /// <summary>A reply in <paramref name="locale"/>, built as one activity rather than a reply plus a <c>with</c> copy.</summary>
    public Activity CreateReply(string text, string? locale, SuggestedActions? suggestedActions) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        Conversation = Conversation,
        From = Recipient,
        Recipient = From,
        ReplyToId = Id,
        Locale = locale,
        Text = text,
        SuggestedActions = suggestedActions,
    };
}
