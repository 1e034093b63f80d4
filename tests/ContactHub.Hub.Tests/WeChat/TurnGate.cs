namespace ContactHub.Hub.Tests.WeChat;

/// <summary>Holds every turn inside the pipeline until the test opens it; see <see cref="GatedConversationStore"/>.</summary>
public sealed class TurnGate
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _turns;

    /// <summary>Completes when the first turn reaches the gate.</summary>
    public Task Entered => _entered.Task;

    /// <summary>How many turns reached the gate.</summary>
    public int Turns => Volatile.Read(ref _turns);

    public void Open() => _open.TrySetResult();

    public Task PassAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _turns);
        _entered.TrySetResult();
        return _open.Task.WaitAsync(cancellationToken);
    }
}
