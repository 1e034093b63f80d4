namespace ContactHub.Dialogs.Ports;

/// <summary>
/// A customer as the dialogs see them. <paramref name="PreferredChannel"/> is a channel id (wechat, sms, webchat);
/// <paramref name="Language"/> a locale (zh-CN, en).
/// </summary>
public sealed record CustomerInfo(
    long Id,
    string Name,
    string? Mobile,
    string? WeChatOpenId,
    string? PreferredChannel,
    string Language);
