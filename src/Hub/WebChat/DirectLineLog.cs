namespace ContactHub.Hub.WebChat;

internal static partial class DirectLineLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "DirectLine:Secret is not set; generated a development secret for this run: {Secret}")]
    public static partial void GeneratedSecret(ILogger logger, string secret);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for web chat activity {ActivityId}; answered 502 BotRejectedActivity")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line stream {StreamId} for conversation {ConversationId} closed: {Reason}")]
    public static partial void StreamClosed(ILogger logger, string streamId, string conversationId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No turn processor is registered: web chat activities are echoed but not answered")]
    public static partial void NoTurnProcessor(ILogger logger);
}
