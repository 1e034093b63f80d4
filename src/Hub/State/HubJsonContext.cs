using System.Text.Json.Serialization;

namespace ContactHub.Hub.State;

/// <summary>Source-generated JSON for what the hub stores (eShop's BasketSerializationContext idea).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationState))]
public sealed partial class HubJsonContext : JsonSerializerContext;
