using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// One running dialog. <see cref="State"/> holds that dialog's own typed state record as JSON; the dialog
/// reads and writes it through its source-generated JsonTypeInfo, so nothing becomes an untyped JsonElement bag.
/// Loaded state is kept as its raw UTF-8 JSON (a component's children as slices of it) and read straight into typed
/// values; state written during a turn stays a live object (<see cref="PendingState"/>) and becomes JSON only when the
/// conversation is serialized, through <see cref="DialogInstanceJsonConverter"/>. The stored form is unchanged (issue 8).
/// </summary>
[JsonConverter(typeof(DialogInstanceJsonConverter))]
public sealed class DialogInstance
{
    public string Id { get; set; } = "";

    /// <summary>The state as JSON, for callers outside the runtime; dialogs read and write it typed.</summary>
    public JsonElement State
    {
        get => Pending?.ToElement() ?? (Stored.IsEmpty ? default : JsonElement.Parse(Stored.Span));
        set
        {
            Stored = value.ValueKind == JsonValueKind.Undefined ? default : JsonMarshal.GetRawUtf8Value(value).ToArray();
            Pending = null;
        }
    }

    /// <summary>The state written this turn, or null while the instance holds what was loaded.</summary>
    internal PendingState? Pending { get; set; }

    /// <summary>The state as loaded (raw JSON, empty when there was none), meaningful only while <see cref="Pending"/> is null.</summary>
    internal ReadOnlyMemory<byte> Stored { get; set; }

    internal void WriteStateTo(Utf8JsonWriter writer)
    {
        if (Pending is not null)
        {
            Pending.WriteTo(writer);
        }
        else if (Stored.IsEmpty)
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }
        else
        {
            // Loaded from a parsed document or a slice of one, so it is valid JSON already.
            writer.WriteRawValue(Stored.Span, skipInputValidation: true);
        }
    }
}
