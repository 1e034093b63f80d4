namespace ContactHub.Dialogs.Ports;

public enum CodeCheckOutcome
{
    Verified = 0,

    /// <summary>Not the code; <see cref="CodeCheckResult.TriesLeft"/> more tries remain.</summary>
    Wrong = 1,

    /// <summary>The last try was wrong; the code is void and a new one must be requested.</summary>
    NoTriesLeft = 2,

    /// <summary>No code is pending for this number in this conversation (it expired, or none was sent).</summary>
    Expired = 3,
}
