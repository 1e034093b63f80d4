using System.Text.Json.Serialization;

namespace ContactHub.Channels;

/// <summary>Source-generated serialization for the message schema: no reflection on the turn path.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(string))]
public sealed partial class ChannelJsonContext : JsonSerializerContext;
