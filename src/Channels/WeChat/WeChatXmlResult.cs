using System.Diagnostics.CodeAnalysis;

namespace ContactHub.Channels.WeChat;

/// <summary>The outcome of <see cref="WeChatXml"/> parsing: a message, or an error with a reason for the ProblemDetails.</summary>
public sealed record WeChatXmlResult(WeChatXmlMessage? Message, WeChatXmlError Error, string? Reason)
{
    [MemberNotNullWhen(true, nameof(Message))]
    public bool IsSuccess => Message is not null;

    public static WeChatXmlResult Success(WeChatXmlMessage message) => new(message, WeChatXmlError.None, null);

    public static WeChatXmlResult Failure(WeChatXmlError error, string reason) => new(null, error, reason);
}
