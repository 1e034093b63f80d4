namespace ContactHub.Channels.WebChat;

/// <summary>Error codes: the service's own where §3.1 names them (TokenExpired, BotRejectedActivity), plain nouns otherwise.</summary>
public static class DirectLineErrorCodes
{
    public const string BadArgument = "BadArgument";
    public const string MissingToken = "MissingToken";
    public const string TokenInvalid = "TokenInvalid";
    public const string TokenExpired = "TokenExpired";
    public const string Forbidden = "Forbidden";
    public const string NotFound = "NotFound";
    public const string MessageSizeTooBig = "MessageSizeTooBig";
    public const string BotRejectedActivity = "BotRejectedActivity";
}
