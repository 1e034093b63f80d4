using ContactHub.Channels.WebChat;

namespace ContactHub.Hub.WebChat;

/// <summary>What a bearer credential allows: the secret grants every conversation, a token only its own.</summary>
public sealed record DirectLineGrant(DirectLineGrantKind Kind, string? ConversationId = null, string? UserId = null)
{
    public static readonly DirectLineGrant Missing = new(DirectLineGrantKind.Missing);
    public static readonly DirectLineGrant Invalid = new(DirectLineGrantKind.Invalid);
    public static readonly DirectLineGrant Expired = new(DirectLineGrantKind.Expired);
    public static readonly DirectLineGrant Secret = new(DirectLineGrantKind.Secret);

    public bool IsValid => Kind is DirectLineGrantKind.Secret or DirectLineGrantKind.Token;

    public bool Allows(string conversationId) =>
        Kind == DirectLineGrantKind.Secret
        || (Kind == DirectLineGrantKind.Token && string.Equals(ConversationId, conversationId, StringComparison.Ordinal));

    /// <summary>The error body for a grant that is not valid: 401 when absent, 403 when wrong or expired (§3.1).</summary>
    public (int Status, DirectLineErrorResponse Body) Refusal() => Kind switch
    {
        DirectLineGrantKind.Missing => (StatusCodes.Status401Unauthorized,
            DirectLineErrorResponse.Of(DirectLineErrorCodes.MissingToken, "Send 'Authorization: Bearer <secret or token>'.")),
        DirectLineGrantKind.Expired => (StatusCodes.Status403Forbidden,
            DirectLineErrorResponse.Of(DirectLineErrorCodes.TokenExpired, "Token expired.")),
        DirectLineGrantKind.Invalid => (StatusCodes.Status403Forbidden,
            DirectLineErrorResponse.Of(DirectLineErrorCodes.TokenInvalid, "The secret or token is not valid.")),
        _ => (StatusCodes.Status403Forbidden,
            DirectLineErrorResponse.Of(DirectLineErrorCodes.Forbidden, "This token does not grant that conversation.")),
    };
}
