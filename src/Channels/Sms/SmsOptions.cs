namespace ContactHub.Channels.Sms;

/// <summary>The <c>Twilio</c> configuration section (issue #5).</summary>
public sealed class SmsOptions
{
    public const string SectionName = "Twilio";

    public string AccountSid { get; set; } = "";

    public string AuthToken { get; set; } = "";

    /// <summary>The sending number (E.164) or alphanumeric sender id; used when <see cref="MessagingServiceSid"/> is empty.</summary>
    public string? From { get; set; }

    /// <summary>A Messaging Service (MG…) sender pool; wins over <see cref="From"/> when both are set (§2.7).</summary>
    public string? MessagingServiceSid { get; set; }

    /// <summary>
    /// The scheme and host Twilio calls and signs (e.g. https://hub.example.com). Behind a proxy this differs from
    /// what Kestrel sees, and a signature checked against the wrong URL always fails (§2.2, "the #1 cause").
    /// Write it without a default port (:443): Twilio 8.2.0's validator then also accepts signatures made with one.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Where REST calls go instead of https://api.twilio.com; set only by tests (see <see cref="SmsApiBaseUrlHandler"/>).</summary>
    public Uri? ApiBaseUrl { get; set; }

    public string StatusCallbackPath { get; set; } = "/channels/sms/status";

    /// <summary>The most segments one SMS may take before the text is split or shortened (§2.6: ≤320 chars is advised).</summary>
    public int MaxSegmentsPerMessage { get; set; } = 4;

    /// <summary>
    /// How long an inbound webhook waits for its turn before answering an empty &lt;Response/&gt; (the replies then go
    /// out through the REST API). Twilio gives up on a webhook after 15 s (§2.3), so this stays well under that.
    /// </summary>
    public TimeSpan ReplyDeadline { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Credentials and a sender are set: the hub can verify webhooks and send.</summary>
    public bool IsConfigured =>
        !string.IsNullOrEmpty(AccountSid) && !string.IsNullOrEmpty(AuthToken)
        && (!string.IsNullOrEmpty(From) || !string.IsNullOrEmpty(MessagingServiceSid));

    /// <summary>The absolute URL Twilio signs for <paramref name="pathAndQuery"/>, or null without a public base URL.</summary>
    public Uri? PublicUrl(string pathAndQuery) =>
        PublicBaseUrl is null ? null : new Uri(PublicBaseUrl, pathAndQuery);

    public Uri? StatusCallbackUrl => PublicUrl(StatusCallbackPath);
}
