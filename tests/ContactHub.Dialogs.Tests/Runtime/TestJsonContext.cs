using System.Text.Json.Serialization;

namespace ContactHub.Dialogs.Tests.Runtime;

[JsonSerializable(typeof(OrderValues))]
[JsonSerializable(typeof(EchoValues))]
public sealed partial class TestJsonContext : JsonSerializerContext;
