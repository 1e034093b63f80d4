using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactHub.Channels;

public sealed record CardAction
{
    /// <summary>imBack, postBack, messageBack, openUrl, call … (§3.5).</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = CardActionTypes.ImBack;

    [JsonPropertyName("title")]
    public string Title { get; init; } = "";

    [JsonPropertyName("value")]
    public JsonElement? Value { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("displayText")]
    public string? DisplayText { get; init; }

    /// <summary>An imBack whose value is its own title: the user "says" the title when tapping it.</summary>
    public static CardAction ImBack(string title) =>
        new() { Type = CardActionTypes.ImBack, Title = title, Value = JsonSerializer.SerializeToElement(title, ChannelJsonContext.Default.String) };

    /// <summary>The text a tap on this action sends back, which is what a channel without buttons asks the user to type.</summary>
    public string ReplyText() => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() ?? Title : Text ?? Title;
}
