namespace ContactHub.Tests.Twilio;

/// <summary>One request as it reached the fake: the wire form, before the fake judged it.</summary>
public sealed record FakeTwilioServerRequest(
    string Method,
    string PathAndQuery,
    IReadOnlyDictionary<string, string> Headers,
    string Body);
