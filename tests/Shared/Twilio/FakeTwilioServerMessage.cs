namespace ContactHub.Tests.Twilio;

/// <summary>One message the fake accepted, as the SDK posted it.</summary>
public sealed record FakeTwilioServerMessage(
    string Sid,
    string To,
    string? From,
    string? MessagingServiceSid,
    string? Body,
    string? StatusCallback,
    IReadOnlyList<KeyValuePair<string, string>> Form);
