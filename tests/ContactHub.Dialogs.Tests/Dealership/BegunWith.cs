using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Tests.Dealership;

/// <summary>
/// Begins <paramref name="dialog"/> with <paramref name="options"/> on the first turn, the way a parent dialog or a
/// campaign (<see cref="DialogRunner.BeginAsync"/>) would; ConversationFlow itself begins its root without options.
/// </summary>
public sealed class BegunWith : ComponentDialog
{
    private readonly object _options;

    public BegunWith(Dialog dialog, object options)
        : base(nameof(BegunWith))
    {
        _options = options;
        AddDialog(dialog);
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        base.BeginDialogAsync(dc, _options, cancellationToken);
}
