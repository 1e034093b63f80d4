namespace ContactHub.Hub.Api;

/// <summary>Configuration section <c>Api</c>: the keys accepted in the <c>X-Api-Key</c> header of /api requests.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Api";

    public const string Header = "X-Api-Key";

    public const string Scheme = "ApiKey";

    public const string Policy = "ApiKey";

    public string[] Keys { get; set; } = [];
}
