using ContactHub.Channels;

namespace ContactHub.Hub.WeChat;

/// <summary>
/// One WeChat push waiting for its HTTP answer (issue 4: passive reply within the deadline). Exactly one of three things
/// happens first, and only once: the adapter answers with the turn's one reply (passive), the adapter says the replies
/// go through the customer-service API (success), or the endpoint's deadline passes (success, and the adapter must
/// then use the API).
/// </summary>
public sealed class WeChatReplySlot(IReadOnlyList<Activity> extraReplies)
{
    private const int Open = 0;
    private const int Closed = 1;

    private readonly TaskCompletionSource<Activity?> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    /// <summary>Sent after the turn's own replies, such as the bind-identity offer after a follow's greeting.</summary>
    public IReadOnlyList<Activity> ExtraReplies { get; } = extraReplies;

    /// <summary>The passive reply, or null for <c>success</c>.</summary>
    public Task<Activity?> Answer => _answer.Task;

    /// <returns>False when the deadline already passed: the reply must go through the customer-service API.</returns>
    public bool TryAnswerPassively(Activity reply) => TryClose(reply);

    /// <summary>The replies go through the customer-service API, so the HTTP request can answer <c>success</c> now.</summary>
    public void AnswerSuccess() => TryClose(null);

    /// <returns>True when the deadline closed the slot; false when the adapter answered first.</returns>
    public bool TryExpire() => TryClose(null);

    private bool TryClose(Activity? reply)
    {
        if (Interlocked.CompareExchange(ref _state, Closed, Open) != Open)
        {
            return false;
        }

        _answer.SetResult(reply);
        return true;
    }
}
