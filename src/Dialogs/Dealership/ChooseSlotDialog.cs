using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// Finds a free workshop slot from what the customer says (明天下午三点, 周六, "next Tuesday morning", CoreBot's
/// DateResolverDialog role). An exact free slot is taken as is; a day, a part of day, or a full or closed time gets the
/// nearest free slots as choices, plus "换个时间". Ends with the slot start (UTC), or null when the customer gave up.
/// </summary>
public sealed class ChooseSlotDialog : ComponentDialog
{
    private const string SlotsFlow = nameof(ChooseSlotDialog) + "." + nameof(WaterfallDialog<>);
    private const string WhenPrompt = nameof(ChooseSlotDialog) + "." + nameof(DateTimePrompt);
    private const string SlotPrompt = nameof(ChooseSlotDialog) + "." + nameof(ChoicePrompt);
    private const int SlotsOffered = 3;
    private const int SlotsOfferedForADay = 6;
    private static readonly string[] OtherTimeWords = ["换个时间", "换一个", "都不行", "other time", "another time", "none"];
    private readonly DealershipServices _services;

    public ChooseSlotDialog(DealershipServices services)
        : base(nameof(ChooseSlotDialog))
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        AddDialog(new WaterfallDialog<ChooseSlotValues>(SlotsFlow, DealershipJsonContext.Default.ChooseSlotValues, AskTimeStepAsync, FindSlotStepAsync, ReadSlotStepAsync));
        AddDialog(new DateTimePrompt(WhenPrompt, AcceptTodayOrLaterAsync, services.Clock, services.TimeZone));
        AddDialog(new ChoicePrompt(SlotPrompt, AcceptSlotOrNewTimeAsync));
    }

    private async Task<DialogTurnResult> AskTimeStepAsync(WaterfallStepContext<ChooseSlotValues> step, CancellationToken cancellationToken)
    {
        var values = step.Values;
        if (values.Date is not null || values.OfferedSlots.Count > 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var prompt = values.CurrentStart is { } current
            ? Strings.RescheduleAskDateTime(step.Locale, _services.ShowTime(current, step.Locale))
            : Strings.BookingAskDateTime(step.Locale);
        var options = new PromptOptions { Prompt = prompt, RetryPrompt = Strings.BookingDateTimeRetry(step.Locale) };
        return await step.PromptAsync(WhenPrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> FindSlotStepAsync(WaterfallStepContext<ChooseSlotValues> step, CancellationToken cancellationToken)
    {
        var values = step.Values;
        if (step.Result is DateTimeMatch when)
        {
            (values.Date, values.Time, values.TimeInferred) = (when.Date, when.Time, when.TimeInferred);
        }

        if (values.OfferedSlots.Count > 0)
        {
            return await OfferSlotsAsync(step, Strings.BookingSlotJustTaken(step.Locale), values.OfferedSlots, cancellationToken);
        }

        if (values.Date is not { } date)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (values.Time is not { } time || values.TimeInferred)
        {
            var day = await _services.FreeSlotsOnAsync(date, values.Time ?? new TimeOnly(12, 0), SlotsOfferedForADay, cancellationToken);
            return await OfferSlotsAsync(step, Strings.BookingSlotsOnDay(step.Locale, AppointmentText.Day(date, step.Locale)), day, cancellationToken);
        }

        var wanted = _services.AtDealer(date, time);
        var free = await _services.Appointments.FindFreeSlotsAsync(wanted, SlotsOffered, cancellationToken);
        return free.Count > 0 && free[0].Start == wanted
            ? await step.EndDialogAsync(wanted, cancellationToken)
            : await OfferSlotsAsync(step, Strings.BookingSlotTaken(step.Locale, _services.ShowTime(wanted, step.Locale)), [.. free.Select(s => s.Start)], cancellationToken);
    }

    private async Task<DialogTurnResult> ReadSlotStepAsync(WaterfallStepContext<ChooseSlotValues> step, CancellationToken cancellationToken)
    {
        var values = step.Values;
        if (step.Result is FoundChoice choice && choice.Index < values.OfferedSlots.Count)
        {
            return await step.EndDialogAsync(values.OfferedSlots[choice.Index], cancellationToken);
        }

        var newTime = step.Result is null ? _services.FindDateTime(step.Turn.Activity.Text, step.Locale) : null;
        if (step.Result is null && newTime is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // "换个时间", or a new time typed instead of a pick (那周日上午呢): start over with just that.
        var again = new ChooseSlotValues { Date = newTime?.Date, Time = newTime?.Time, TimeInferred = newTime?.TimeInferred ?? false, CurrentStart = values.CurrentStart };
        return await step.ReplaceDialogAsync(SlotsFlow, again, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferSlotsAsync(
        WaterfallStepContext<ChooseSlotValues> step, string header, List<DateTimeOffset> slots, CancellationToken cancellationToken)
    {
        if (slots.Count == 0)
        {
            var day = step.Values.Date is { } date ? AppointmentText.Day(date, step.Locale) : "";
            await step.Turn.SendTextAsync(Strings.BookingNoSlots(step.Locale, day), cancellationToken);
            return await step.ReplaceDialogAsync(SlotsFlow, new ChooseSlotValues { CurrentStart = step.Values.CurrentStart }, cancellationToken);
        }

        step.Values.OfferedSlots = slots;
        var choices = new List<Choice>(slots.Count + 1);
        foreach (var slot in slots)
        {
            choices.Add(new Choice(_services.ShowTime(slot, step.Locale)));
        }

        choices.Add(new Choice(Strings.BookingOtherTime(step.Locale), OtherTimeWords));
        return await step.PromptAsync(SlotPrompt, new PromptOptions { Prompt = header, Choices = choices }, cancellationToken);
    }

    private Task<bool> AcceptTodayOrLaterAsync(PromptValidatorContext<DateTimeMatch> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized is { Succeeded: true, Value: { } when } && when.Date >= _services.Today);

    /// <summary>A new time typed instead of a pick is accepted too; <see cref="ReadSlotStepAsync"/> reads it from the message.</summary>
    private Task<bool> AcceptSlotOrNewTimeAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded || _services.FindDateTime(prompt.Turn.Activity.Text, prompt.Turn.Locale) is not null);
}
