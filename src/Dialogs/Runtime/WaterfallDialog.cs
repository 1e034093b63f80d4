using System.Text.Json.Serialization.Metadata;
using ContactHub.Channels;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// A fixed sequence of steps. <typeparamref name="TValues"/> is the waterfall's typed memory (serialized through
/// <paramref name="valuesType"/> between turns); options passed to begin must be a <typeparamref name="TValues"/>
/// and become the starting values (CoreBot's BookingDetails pattern), so no untyped options bag is ever stored.
/// </summary>
public sealed class WaterfallDialog<TValues>(string id, JsonTypeInfo<TValues> valuesType, params IReadOnlyList<WaterfallStep<TValues>> steps)
    : Dialog(id)
    where TValues : class, new()
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var values = options switch
        {
            null => new TValues(),
            TValues typed => typed,
            _ => throw new ArgumentException($"Waterfall '{Id}' takes {typeof(TValues).Name} options, not {options.GetType().Name}.", nameof(options)),
        };
        return RunStepAsync(dc, ActiveInstance(dc), 0, values, DialogReason.BeginCalled, result: null, cancellationToken);
    }

    /// <summary>A step that returned Waiting without starting a prompt receives the user's text as its next Result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Turn.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.WaitingTask;
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Turn.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = ActiveInstance(dc);
        var (step, values) = instance.Pending switch
        {
            PendingWaterfallState<TValues> pending => (pending.Step, pending.Values),
            null => WaterfallStateJson.Read(instance.Stored.Span, valuesType),
            _ => throw new InvalidOperationException($"Waterfall '{Id}' found another dialog's kind of state on its instance."),
        };
        return RunStepAsync(dc, instance, step + 1, values, reason, result, cancellationToken);
    }

    /// <summary>Keeps the step and values as the live instance state; they become JSON when the conversation is saved.</summary>
    internal void Save(DialogInstance instance, int step, TValues values)
    {
        if (instance.Pending is PendingWaterfallState<TValues> pending)
        {
            (pending.Step, pending.Values) = (step, values);
        }
        else
        {
            instance.Pending = new PendingWaterfallState<TValues>(step, values, valuesType);
        }
    }

    internal Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, DialogInstance instance, int index, TValues values, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count)
        {
            return dc.EndDialogAsync(result, cancellationToken);
        }

        Save(instance, index, values);
        var step = new WaterfallStepContext<TValues>(this, dc, instance, index, values, reason, result);
        var running = steps[index](step, cancellationToken);
        if (!running.IsCompletedSuccessfully)
        {
            return SaveAfterAsync(running, step);
        }

        // Most steps finish synchronously (in-memory ports, prompts that only queue a reply); hand back their own task.
        step.SaveIfStillOwned();
        return running;
    }

    private static async Task<DialogTurnResult> SaveAfterAsync(Task<DialogTurnResult> running, WaterfallStepContext<TValues> step)
    {
        var turnResult = await running;
        step.SaveIfStillOwned();
        return turnResult;
    }

    private DialogInstance ActiveInstance(DialogContext dc) =>
        dc.ActiveDialog is { } active && string.Equals(active.Id, Id, StringComparison.Ordinal)
            ? active
            : throw new InvalidOperationException($"Waterfall '{Id}' is not the active dialog.");
}
