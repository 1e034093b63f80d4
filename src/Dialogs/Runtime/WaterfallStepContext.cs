using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// One step's view: its typed <see cref="Values"/> and the previous step's or child's <see cref="Result"/>.
/// Values are written to the instance before every stack operation, because a child that ends in the same turn
/// resumes this waterfall from its stored state.
/// </summary>
public sealed class WaterfallStepContext<TValues>
    where TValues : class, new()
{
    private readonly WaterfallDialog<TValues> _waterfall;
    private readonly DialogInstance _instance;
    private bool _handedOver;

    internal WaterfallStepContext(
        WaterfallDialog<TValues> waterfall, DialogContext dc, DialogInstance instance, int index, TValues values, DialogReason reason, object? result)
    {
        _waterfall = waterfall;
        _instance = instance;
        Context = dc;
        Index = index;
        Values = values;
        Reason = reason;
        Result = result;
    }

    public DialogContext Context { get; }

    public ITurnContext Turn => Context.Turn;

    public string Locale => Context.Turn.Locale;

    public int Index { get; }

    public TValues Values { get; }

    public DialogReason Reason { get; }

    /// <summary>What the previous step passed to NextAsync, what a child ended with, or null when a prompt got no answer.</summary>
    public object? Result { get; }

    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken)
    {
        HandOver();
        return _waterfall.RunStepAsync(Context, _instance, Index + 1, Values, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        HandOver();
        return Context.BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        HandOver();
        return Context.EndDialogAsync(result, cancellationToken);
    }

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        HandOver();
        return Context.ReplaceDialogAsync(dialogId, options, cancellationToken);
    }

    internal void SaveIfStillOwned()
    {
        if (!_handedOver)
        {
            _waterfall.Save(_instance, Index, Values);
        }
    }

    private void HandOver()
    {
        _waterfall.Save(_instance, Index, Values);
        _handedOver = true;
    }
}
