namespace ContactHub.Hub.Identity;

/// <summary>Outside Development with no SMS channel configured: every send fails visibly (the customer is told), nothing is logged but the fact.</summary>
public sealed partial class UnavailableVerificationCodeSender(ILogger<UnavailableVerificationCodeSender> logger) : IVerificationCodeSender
{
    public Task<bool> SendAsync(string mobile, string code, string locale, CancellationToken cancellationToken)
    {
        LogUnavailable(logger);
        return Task.FromResult(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "No SMS sender is configured; a verification code could not be sent")]
    private static partial void LogUnavailable(ILogger logger);
}
