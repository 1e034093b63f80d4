using System.Text.Json.Serialization;

namespace ContactHub.Hub.Outbox;

/// <summary>Source-generated JSON for the message kept in each delivery record.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    Converters = [typeof(ConversationKeyJsonConverter)])]
[JsonSerializable(typeof(OutboxMessage))]
public sealed partial class OutboxJsonContext : JsonSerializerContext;
