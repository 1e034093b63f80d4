using System.Text.Json.Serialization;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// Source-generated JSON for the customer-care dialogs' waterfall values (survey, complaint, identity binding). Kept
/// apart from <see cref="DealershipJsonContext"/> so the two dialog families can grow without touching one file.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SatisfactionSurveyValues))]
[JsonSerializable(typeof(ComplaintValues))]
[JsonSerializable(typeof(BindIdentityValues))]
public sealed partial class CareJsonContext : JsonSerializerContext;
