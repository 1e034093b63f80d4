using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ContactHub.Channels.WeChat;

/// <summary>
/// The <c>{"errcode":…,"errmsg":…}</c> every WeChat API answers with (reference §1.7, §1.8, §1.10), plus the
/// <c>msgid</c> a template send returns. The predicates name what the caller should do about a code.
/// </summary>
public readonly record struct WeChatApiError(int ErrCode, string? ErrMsg, long? MsgId = null)
{
    public const int Ok = 0;
    public const int SystemBusy = -1;
    public const int InvalidCredential = 40001;
    public const int InvalidAccessToken = 40014;
    public const int AccessTokenExpired = 42001;
    public const int OutOfWindow = 45015;
    public const int TooManyMessages = 45047;

    public bool IsOk => ErrCode == Ok;

    /// <summary>40001, 40014, 42001: invalidate the cached token, refresh once and retry once (§1.7).</summary>
    public bool IsTokenInvalid => ErrCode is InvalidCredential or InvalidAccessToken or AccessTokenExpired;

    /// <summary>45015: outside the 48-hour window or unsubscribed; only a template message can reach the user (§1.8).</summary>
    public bool IsOutOfWindow => ErrCode == OutOfWindow;

    /// <summary>45047: the customer-service quota of this window is used up (§1.8).</summary>
    public bool IsQuotaExceeded => ErrCode == TooManyMessages;

    /// <summary>-1: WeChat is busy; the send may be retried later (§1.7).</summary>
    public bool IsRetryable => ErrCode == SystemBusy;

    /// <summary>Reads an API response body. A body without errcode counts as OK, as the token endpoint answers.</summary>
    public static bool TryParse(ReadOnlySpan<byte> json, [NotNullWhen(true)] out WeChatApiError? error)
    {
        error = null;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var code = Ok;
            string? message = null;
            long? msgId = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "errcode" when reader.TokenType == JsonTokenType.Number:
                        code = reader.GetInt32();
                        break;
                    case "errmsg" when reader.TokenType == JsonTokenType.String:
                        message = reader.GetString();
                        break;
                    case "msgid" when reader.TokenType == JsonTokenType.Number:
                        msgId = reader.GetInt64();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            error = new WeChatApiError(code, message, msgId);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public override string ToString() => $"{ErrCode} {ErrMsg}";
}
