namespace ContactHub.Hub.Identity;

/// <summary>Configuration section <c>Identity:Verification</c>: the SMS-code rules of identity binding (issue 3).</summary>
public sealed class IdentityVerificationOptions
{
    public const string Section = "Identity:Verification";

    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public int MaxTries { get; set; } = 3;

    /// <summary>The least time between two codes to one number, or from one conversation.</summary>
    public TimeSpan ResendInterval { get; set; } = TimeSpan.FromSeconds(60);

    public int SendsPerNumberPerHour { get; set; } = 5;

    /// <summary>Stops one chat user from spraying codes at many numbers.</summary>
    public int SendsPerConversationPerHour { get; set; } = 5;

    /// <summary>
    /// A secret mixed into every code hash. Six digits are a small space: without a pepper someone who can read Redis
    /// could try all million codes against a stored hash within the code's lifetime. Set it the same on every instance.
    /// </summary>
    public string? CodePepper { get; set; }
}
