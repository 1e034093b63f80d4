namespace ContactHub.Dialogs.Runtime;

/// <summary>Why a dialog is being resumed or ended (BotBuilder's DialogReason).</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
