using System.Text.Json.Serialization;

namespace ContactHub.Channels.WeChat;

[JsonSerializable(typeof(WeChatStableTokenRequest))]
internal sealed partial class WeChatJsonContext : JsonSerializerContext;
