using System.Text.Json.Serialization;

namespace ContactHub.Hub.Sms;

[JsonSerializable(typeof(List<string>))]
internal sealed partial class SmsJsonContext : JsonSerializerContext;
