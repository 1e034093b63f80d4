namespace ContactHub.Hub.Api;

public sealed record CustomerDto(
    long Id,
    string Name,
    string? Mobile,
    string? WeChatOpenId,
    string? PreferredChannel,
    string Language,
    IReadOnlyList<ConsentDto> Consents);
