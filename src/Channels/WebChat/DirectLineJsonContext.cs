using System.Text.Json.Serialization;

namespace ContactHub.Channels.WebChat;

/// <summary>Source-generated serialization of the Direct Line wire nouns: no reflection on the request path.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(DirectLineConversation))]
[JsonSerializable(typeof(DirectLineErrorResponse))]
[JsonSerializable(typeof(DirectLineResourceResponse))]
[JsonSerializable(typeof(DirectLineSessionId))]
[JsonSerializable(typeof(DirectLineStartRequest))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
