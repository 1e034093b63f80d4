using System.Text.Json.Serialization;
using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// Source-generated JSON for the runtime's own state. The Hub stores a conversation with
/// <c>JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogState)</c>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(PromptState))]
public sealed partial class DialogJsonContext : JsonSerializerContext;
