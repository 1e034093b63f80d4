namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// What a dialog operation left behind. <see cref="Result"/> is an in-memory value handed to the parent in the same
/// turn (a parent waiting on a child is resumed before the turn ends), so it never has to survive serialization.
/// </summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);

    public static DialogTurnResult Cancelled { get; } = new(DialogTurnStatus.Cancelled);

    /// <summary>Completed tasks for the synchronous answers, so those don't allocate a task per call.</summary>
    internal static Task<DialogTurnResult> WaitingTask { get; } = Task.FromResult(Waiting);

    internal static Task<DialogTurnResult> EmptyTask { get; } = Task.FromResult(Empty);
}
