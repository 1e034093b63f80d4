namespace ContactHub.Hub.Sms;

/// <summary>
/// One inbound SMS webhook waiting for its HTTP answer. Exactly one thing closes it, once: the adapter answers with
/// the turn's single quick reply (TwiML &lt;Message&gt;), the adapter says the replies go through the REST API (empty
/// &lt;Response/&gt;), or the webhook's deadline passes (empty, and the adapter must then use the REST API).
/// </summary>
public sealed class SmsReplySlot
{
    private readonly TaskCompletionSource<string?> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _closed;

    /// <summary>The SMS body to answer in TwiML, or null for an empty &lt;Response/&gt;.</summary>
    public Task<string?> Answer => _answer.Task;

    /// <returns>False when the deadline already passed: the reply must go through the REST API.</returns>
    public bool TryAnswerInTwiml(string body) => TryClose(body);

    public void AnswerEmpty() => TryClose(null);

    /// <returns>True when the deadline closed the slot; false when the adapter answered first.</returns>
    public bool TryExpire() => TryClose(null);

    private bool TryClose(string? body)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return false;
        }

        _answer.SetResult(body);
        return true;
    }
}
