namespace ContactHub.Hub.Sms;

public enum SmsWebhookAnswerKind
{
    /// <summary>200 text/xml: a TwiML &lt;Response&gt;, with one &lt;Message&gt; or empty.</summary>
    Twiml,

    /// <summary>204: a status callback was recorded.</summary>
    Recorded,

    /// <summary>403: missing or bad X-Twilio-Signature; nothing ran.</summary>
    Forbidden,

    /// <summary>400 ProblemDetails: not a Twilio webhook we can read.</summary>
    BadRequest,

    /// <summary>404: Twilio is not configured on this hub.</summary>
    NotConfigured,

    /// <summary>503: the turn failed; the message was not processed.</summary>
    Unavailable,
}
