namespace ContactHub.Dialogs.Runtime;

public enum DialogTurnStatus
{
    /// <summary>The stack was empty and nothing was begun.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
