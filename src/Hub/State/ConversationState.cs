using System.Text.Json.Serialization;
using ContactHub.Channels;
using ContactHub.Dialogs.Runtime;

namespace ContactHub.Hub.State;

/// <summary>Everything the hub keeps between turns of one conversation. Loaded once and saved once per turn.</summary>
public sealed class ConversationState
{
    private DialogState? _dialogs;

    public ConversationMode Mode { get; set; }

    /// <summary>Made on first use: the deserializer sets the loaded stack, so a stack made up front was thrown away on every load.</summary>
    public DialogState Dialogs
    {
        get => _dialogs ??= new();
        set => _dialogs = value;
    }

    public string? Locale { get; set; }

    public DateTimeOffset? LastActivityAt { get; set; }

    /// <summary>How many turns this conversation has had; with the store's version it shows no turn was lost.</summary>
    public long TurnCount { get; set; }

    /// <summary>Set while the conversation is queued for or with an agent.</summary>
    [JsonConverter(typeof(StandaloneJsonConverter<HandoffState>))]
    public HandoffState? Handoff { get; set; }

    /// <summary>
    /// How many customer messages in a row the bot could not understand (dialogs say so through
    /// ITurnContext.NoteUnderstanding); at Desk:RecognizerFailuresBeforeHandoff the turn hands the conversation to an agent (issue 6).
    /// </summary>
    public int RecognizerFailures { get; set; }
}
