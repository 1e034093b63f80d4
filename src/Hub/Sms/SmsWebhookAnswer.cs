using ContactHub.Channels.Sms;

namespace ContactHub.Hub.Sms;

/// <param name="Body">The TwiML for <see cref="SmsWebhookAnswerKind.Twiml"/>, otherwise the reason.</param>
public sealed record SmsWebhookAnswer(SmsWebhookAnswerKind Kind, string Body)
{
    public static readonly SmsWebhookAnswer Empty = new(SmsWebhookAnswerKind.Twiml, SmsTwiml.Empty);

    public static readonly SmsWebhookAnswer Recorded = new(SmsWebhookAnswerKind.Recorded, "");

    public static readonly SmsWebhookAnswer Unavailable = new(SmsWebhookAnswerKind.Unavailable, "the message could not be processed");

    public static SmsWebhookAnswer Message(string? body) => new(SmsWebhookAnswerKind.Twiml, SmsTwiml.Render(body));
}
