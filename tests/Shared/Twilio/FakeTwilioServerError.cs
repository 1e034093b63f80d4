namespace ContactHub.Tests.Twilio;

/// <summary>A scripted Twilio REST error: HTTP status plus Twilio's JSON error body (§2.7).</summary>
public sealed record FakeTwilioServerError(int HttpStatus, int Code, string Message)
{
    public static readonly FakeTwilioServerError Unsubscribed = new(400, 21610, "Attempt to send to unsubscribed recipient");

    public static readonly FakeTwilioServerError InvalidTo = new(400, 21211, "The 'To' number +861234 is not a valid phone number.");

    public static readonly FakeTwilioServerError TooManyRequests = new(429, 20429, "Too Many Requests");

    public static readonly FakeTwilioServerError ServerError = new(500, 20500, "An internal server error has occurred");
}
