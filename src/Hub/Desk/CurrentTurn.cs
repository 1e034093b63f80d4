using ContactHub.Hub.Turns;

namespace ContactHub.Hub.Desk;

/// <summary>
/// The turn running on this async flow, if any (IHttpContextAccessor's idea). A dialog that calls
/// <c>IHandoff.RequestAsync</c> for its own conversation runs inside that conversation's turn lock, so the
/// handoff must change the turn's state rather than take the lock again.
/// </summary>
public sealed class CurrentTurn
{
    private static readonly AsyncLocal<TurnContext?> Current = new();

    public TurnContext? Turn
    {
        get => Current.Value;
        set => Current.Value = value;
    }
}
