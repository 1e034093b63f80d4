using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// One running dialog. <see cref="State"/> holds that dialog's own typed state record as JSON; the dialog
/// reads and writes it through its source-generated JsonTypeInfo, so nothing becomes an untyped JsonElement bag.
/// State written during a turn stays a live object (<see cref="PendingState"/>) and becomes JSON only when the
/// conversation is serialized, through <see cref="DialogInstanceJsonConverter"/>; the stored form is unchanged.
/// </summary>
[JsonConverter(typeof(DialogInstanceJsonConverter))]
public sealed class DialogInstance
{
    private JsonElement _stored;

    public string Id { get; set; } = "";

    /// <summary>The state as JSON. Reading it after a write this turn serializes the pending state, so dialogs don't.</summary>
    public JsonElement State
    {
        get => Pending?.ToElement() ?? _stored;
        set
        {
            _stored = value;
            Pending = null;
        }
    }

    /// <summary>The state written this turn, or null while the instance holds what was loaded.</summary>
    internal PendingState? Pending { get; set; }

    /// <summary>The state as loaded, meaningful only while <see cref="Pending"/> is null.</summary>
    internal JsonElement Stored => _stored;

    internal void WriteStateTo(Utf8JsonWriter writer)
    {
        if (Pending is not null)
        {
            Pending.WriteTo(writer);
        }
        else if (_stored.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }
        else
        {
            _stored.WriteTo(writer);
        }
    }
}
