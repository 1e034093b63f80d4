using ContactHub.Channels;

namespace ContactHub.Dialogs.Ports;

/// <summary>
/// Proves that the person in a conversation holds a mobile number, with a one-time code sent by SMS (identity
/// binding, issue 3). The implementation owns the rules: how long a code lives, how many tries it allows, and how
/// often a number or a conversation may ask for one; the dialog only reports what it is told.
/// </summary>
public interface IIdentityVerification
{
    /// <summary>Sends a new code to <paramref name="mobile"/> (E.164), replacing any code the conversation was waiting for.</summary>
    Task<CodeSendResult> SendCodeAsync(ConversationKey conversation, string mobile, string locale, CancellationToken cancellationToken);

    /// <summary>Checks <paramref name="code"/> against the code last sent to <paramref name="mobile"/> in this conversation; every check uses a try.</summary>
    Task<CodeCheckResult> CheckCodeAsync(ConversationKey conversation, string mobile, string code, CancellationToken cancellationToken);
}
