using System.Diagnostics.CodeAnalysis;

namespace ContactHub.Channels.Sms;

/// <summary>A parsed webhook, or the reason it could not be parsed (the endpoint's 400 ProblemDetails detail).</summary>
public sealed record SmsParseResult<T>
    where T : class
{
    private SmsParseResult(T? value, string? error) => (Value, Error) = (value, error);

    public T? Value { get; }

    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Value is not null;

    public static SmsParseResult<T> Ok(T value) => new(value, null);

    public static SmsParseResult<T> Malformed(string error) => new(null, error);
}
