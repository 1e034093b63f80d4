using System.Text.Json.Serialization;

namespace ContactHub.Channels.WebChat;

/// <summary><c>{"error":{"code":"...","message":"..."}}</c>, the body of every 4xx/5xx Direct Line answer (§3.1).</summary>
public sealed record DirectLineErrorResponse([property: JsonPropertyName("error")] DirectLineError Error)
{
    public static DirectLineErrorResponse Of(string code, string message) => new(new DirectLineError(code, message));
}
