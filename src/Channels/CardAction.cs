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

    /// <summary>
    /// An imBack for each title, their values read from one JSON array: one document for all of them rather than
    /// one each, as a prompt offers its choices on every ask (issue 8).
    /// </summary>
    public static CardAction[] ImBacks(IReadOnlyList<string> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        if (titles.Count == 0)
        {
            return [];
        }

        var values = ScratchJson.Build(titles, static (writer, titles) =>
        {
            writer.WriteStartArray();
            for (var i = 0; i < titles.Count; i++)
            {
                writer.WriteStringValue(titles[i]);
            }

            writer.WriteEndArray();
        });
        var actions = new CardAction[titles.Count];
        var index = 0;
        foreach (var value in values.EnumerateArray())
        {
            actions[index] = new() { Type = CardActionTypes.ImBack, Title = titles[index], Value = value };
            index++;
        }

        return actions;
    }

    /// <summary>The text a tap on this action sends back, which is what a channel without buttons asks the user to type.</summary>
    public string ReplyText() => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() ?? Title : Text ?? Title;
}
