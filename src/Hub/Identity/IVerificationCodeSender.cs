namespace ContactHub.Hub.Identity;

/// <summary>
/// Delivers a one-time code that proves a customer holds a mobile number (identity binding, issue 3). The SMS
/// channel provides the real one (issue 5); in Development without Twilio the code is written to the log.
/// </summary>
public interface IVerificationCodeSender
{
    /// <param name="mobile">E.164, e.g. +8613812345678.</param>
    Task<bool> SendAsync(string mobile, string code, string locale, CancellationToken cancellationToken);
}
