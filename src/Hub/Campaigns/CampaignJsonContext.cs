using System.Text.Json.Serialization;

namespace ContactHub.Hub.Campaigns;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CampaignDefinition))]
[JsonSerializable(typeof(CampaignStamp))]
public sealed partial class CampaignJsonContext : JsonSerializerContext;
