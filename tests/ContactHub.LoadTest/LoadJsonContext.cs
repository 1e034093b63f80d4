using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactHub.LoadTest;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RuntimeFigures))]
[JsonSerializable(typeof(StartedConversation))]
[JsonSerializable(typeof(UserMessage))]
public sealed partial class LoadJsonContext : JsonSerializerContext;
