using System.Text.Json;
using System.Text.Json.Serialization;
using ContactHub.Channels;

namespace ContactHub.Hub.Outbox;

/// <summary>
/// <see cref="ConversationKey"/> is a struct with get-only properties and no [JsonConstructor], so System.Text.Json
/// would build it with the implicit parameterless constructor and drop both values; this writes and reads
/// <c>{"channel":…,"userId":…}</c> through the validating constructor instead.
/// </summary>
public sealed class ConversationKeyJsonConverter : JsonConverter<ConversationKey>
{
    public override ConversationKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? channel = null;
        string? userId = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A conversation key is an object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "channel")
            {
                channel = reader.GetString();
            }
            else if (name == "userId")
            {
                userId = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return string.IsNullOrEmpty(channel) || string.IsNullOrEmpty(userId)
            ? throw new JsonException("A conversation key needs a channel and a user id.")
            : new ConversationKey(channel, userId);
    }

    public override void Write(Utf8JsonWriter writer, ConversationKey value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("channel", value.Channel);
        writer.WriteString("userId", value.UserId);
        writer.WriteEndObject();
    }
}
