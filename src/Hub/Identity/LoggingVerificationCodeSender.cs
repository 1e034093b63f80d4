namespace ContactHub.Hub.Identity;

/// <summary>
/// Development without Twilio (issue 3): the code is written to the log so a developer can finish binding. It refuses
/// to run in any other environment, so a misconfigured production host fails loudly instead of logging codes.
/// </summary>
public sealed partial class LoggingVerificationCodeSender(IHostEnvironment environment, ILogger<LoggingVerificationCodeSender> logger) : IVerificationCodeSender
{
    public Task<bool> SendAsync(string mobile, string code, string locale, CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException("Verification codes are only logged in Development; register the SMS channel's sender.");
        }

        LogCode(logger, mobile, code);
        return Task.FromResult(true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development only, no SMS sent: verification code for {Mobile} is {Code}")]
    private static partial void LogCode(ILogger logger, string mobile, string code);
}
