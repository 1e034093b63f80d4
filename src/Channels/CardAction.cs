using System.Collections.Concurrent;
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

    // Prompts offer the same titles in every conversation (是/否, 常规保养 …), so each imBack is made once and shared:
    // the record is immutable and its value's document is only read. Bounded, as slot times and names never repeat.
    private const int MaxSharedImBacks = 4096;
    private static readonly ConcurrentDictionary<string, CardAction> SharedImBacks = new(StringComparer.Ordinal);

    /// <summary>An imBack whose value is its own title: the user "says" the title when tapping it.</summary>
    public static CardAction ImBack(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (SharedImBacks.TryGetValue(title, out var shared))
        {
            return shared;
        }

        var action = new CardAction { Type = CardActionTypes.ImBack, Title = title, Value = JsonSerializer.SerializeToElement(title, ChannelJsonContext.Default.String) };
        if (SharedImBacks.Count < MaxSharedImBacks)
        {
            SharedImBacks.TryAdd(title, action);
        }

        return action;
    }

    /// <summary>An imBack for each title (issue 8: a prompt offers its choices on every ask; they are shared).</summary>
    public static CardAction[] ImBacks(IReadOnlyList<string> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        var actions = new CardAction[titles.Count];
        for (var i = 0; i < actions.Length; i++)
        {
            actions[i] = ImBack(titles[i]);
        }

        return actions;
    }

    /// <summary>The text a tap on this action sends back, which is what a channel without buttons asks the user to type.</summary>
    public string ReplyText() => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() ?? Title : Text ?? Title;
}
