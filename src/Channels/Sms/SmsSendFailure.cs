using System.Globalization;
using Twilio.Exceptions;

namespace ContactHub.Channels.Sms;

/// <summary>
/// Twilio REST errors (§2.7) → whether a retry can help. 429/20429 (concurrency limit) and 5xx are transient;
/// every other 4xx is a request Twilio will refuse again, notably 21610 (recipient sent STOP, §2.5) and 21211
/// (invalid To), which must never be retried.
/// </summary>
public static class SmsSendFailure
{
    public const int Unsubscribed = 21610;
    public const int InvalidTo = 21211;
    public const int TooManyRequests = 20429;

    /// <summary>True when Twilio refused the send with 21610: the handset sent STOP to this sender (§2.5).</summary>
    public static bool IsUnsubscribed(ChannelSendResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return !result.Accepted && result.Error?.StartsWith(Prefix(Unsubscribed), StringComparison.Ordinal) == true;
    }

    public static ChannelSendResult From(ApiException exception, int sent, int of)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var transient = exception.Code == TooManyRequests || exception.Status == 429 || exception.Status >= 500 || exception.Status == 0;
        var error = string.Create(
            CultureInfo.InvariantCulture,
            $"{Prefix(exception.Code)}(HTTP {exception.Status}) after {sent} of {of} parts: {exception.Message}");
        return ChannelSendResult.Failed(error, permanent: !transient);
    }

    private static string Prefix(int code) => string.Create(CultureInfo.InvariantCulture, $"Twilio {code} ");
}
