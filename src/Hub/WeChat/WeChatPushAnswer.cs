namespace ContactHub.Hub.WeChat;

/// <param name="Body">The XML of a passive reply, or the reason of a refusal.</param>
public sealed record WeChatPushAnswer(WeChatPushAnswerKind Kind, string? Body = null)
{
    public static readonly WeChatPushAnswer Success = new(WeChatPushAnswerKind.Success);
}
