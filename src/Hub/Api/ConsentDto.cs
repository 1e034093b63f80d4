namespace ContactHub.Hub.Api;

/// <summary>Purpose is service-notifications or marketing; source says where the answer came from (csv, sms, wechat…).</summary>
public sealed record ConsentDto(string Purpose, bool Granted, string Source, DateTimeOffset At);
