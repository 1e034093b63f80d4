using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ContactHub.Channels.WeChat;

/// <summary>
/// The answer of <c>POST /cgi-bin/stable_token</c> (reference §1.7): a token and its lifetime in seconds, or an errcode.
/// <see cref="ToString"/> leaves the token out, so the value can be logged safely.
/// </summary>
public sealed record WeChatStableToken(WeChatApiError Error, string? AccessToken, int ExpiresIn)
{
    [MemberNotNullWhen(true, nameof(AccessToken))]
    public bool IsOk => Error.IsOk && !string.IsNullOrEmpty(AccessToken) && ExpiresIn > 0;

    public static bool TryParse(ReadOnlySpan<byte> json, [NotNullWhen(true)] out WeChatStableToken? token)
    {
        token = null;
        if (!WeChatApiError.TryParse(json, out var error))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            var root = document.RootElement;
            var accessToken = root.TryGetProperty("access_token", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var expiresIn = root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var seconds) ? seconds : 0;
            token = new WeChatStableToken(error.Value, accessToken, expiresIn);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public override string ToString() => $"{Error} expires_in={ExpiresIn}";
}
