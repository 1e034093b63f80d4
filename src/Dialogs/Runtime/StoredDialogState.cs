using System.Text.Json;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// Reads a component's stored inner <see cref="DialogState"/> from its raw JSON. Each inner instance keeps a slice of
/// the same bytes, where deserializing would copy every nested level again.
/// </summary>
internal static class StoredDialogState
{
    public static DialogState Read(ReadOnlyMemory<byte> stored)
    {
        var state = new DialogState();
        var reader = new Utf8JsonReader(stored.Span);
        if (stored.IsEmpty || !reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return state;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStack = reader.ValueTextEquals("stack"u8);
            reader.Read();
            if (isStack && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    state.Stack.Add(ReadInstance(ref reader, stored));
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return state;
    }

    private static DialogInstance ReadInstance(ref Utf8JsonReader reader, ReadOnlyMemory<byte> stored)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog instance must be a JSON object.");
        }

        var instance = new DialogInstance();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueTextEquals("id"u8) ? "id" : reader.ValueTextEquals("state"u8) ? "state" : null;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (name == "id" && reader.TokenType == JsonTokenType.String)
            {
                instance.Id = DialogIds.Read(ref reader);
            }
            else if (name == "state")
            {
                instance.Stored = stored[start..(int)reader.BytesConsumed];
            }
        }

        return instance;
    }
}
