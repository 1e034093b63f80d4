namespace ContactHub.Channels.Tests.WeChat;

public sealed record WeChatApiFakeRequest(string Path, string? AccessToken, string? ContentType, string Body);
