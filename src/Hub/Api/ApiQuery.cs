using System.Globalization;

namespace ContactHub.Hub.Api;

/// <summary>
/// Reads query parameters as text and collects what is wrong with them, so a bad value gets a 400 ValidationProblem
/// naming the parameter and the accepted values rather than a bare binding failure.
/// </summary>
public sealed class ApiQuery
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Errors.Count == 0;

    public TEnum? Enum<TEnum>(string name, string? text)
        where TEnum : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (ApiNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Errors[name] = [$"'{text}' is not one of: {ApiNames.AllOf<TEnum>()}."];
        return null;
    }

    public DateTimeOffset? Time(string name, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value.ToUniversalTime();
        }

        Errors[name] = [$"'{text}' is not an ISO 8601 date or date-time (2026-11-27 or 2026-11-27T10:30:00+08:00)."];
        return null;
    }

    public int Int(string name, string? text, int fallback, int min, int max)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Errors[name] = [$"'{text}' is not a whole number from {min} to {max}."];
        return fallback;
    }

    public (int Limit, int Offset) Page(string? limit, string? offset) =>
        (Int("limit", limit, DefaultLimit, 1, MaxLimit), Int("offset", offset, 0, 0, int.MaxValue));
}
