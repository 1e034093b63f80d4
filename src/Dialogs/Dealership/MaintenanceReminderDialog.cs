using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// A maintenance reminder and the customer's answer to it: 预约 books with the car and service filled in, 稍后提醒
/// records a snooze to the day they choose, 已保养 records it and asks where (this dealer or another shop) to keep the
/// CRM complete, 不需要 records the refusal. Every answer goes to <see cref="IReminderLog"/>.
/// </summary>
/// <remarks>
/// A campaign starts it on the customer's conversation with
/// <c>DialogRunner.BeginAsync(botDialogs.Set, nameof(MaintenanceReminderDialog), new MaintenanceReminderValues { … }, turn, state, ct)</c>
/// and sends the reply activities it produces (the reminder text with its four answers) as the reminder, then saves
/// the state; the customer's next message continues here.
/// </remarks>
public sealed class MaintenanceReminderDialog : ComponentDialog
{
    private const string ReplyPrompt = nameof(MaintenanceReminderDialog) + ".Reply";
    private const string SnoozePrompt = nameof(MaintenanceReminderDialog) + ".Snooze";
    private readonly DealershipServices _services;

    public MaintenanceReminderDialog(DealershipServices services, BookAppointmentDialog booking)
        : base(nameof(MaintenanceReminderDialog))
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        AddDialog(new WaterfallDialog<MaintenanceReminderValues>(
            nameof(MaintenanceReminderDialog) + "." + nameof(WaterfallDialog<>), DealershipJsonContext.Default.MaintenanceReminderValues,
            OfferAnswersStepAsync, HandleAnswerStepAsync, RecordAnswerStepAsync));
        AddDialog(new ChoicePrompt(ReplyPrompt, AcceptReminderReplyAsync));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new DateTimePrompt(SnoozePrompt, AcceptFutureDayAsync, services.Clock, services.TimeZone));
        AddDialog(booking);
    }

    private Task<DialogTurnResult> OfferAnswersStepAsync(WaterfallStepContext<MaintenanceReminderValues> step, CancellationToken cancellationToken)
    {
        var (values, locale) = (step.Values, step.Locale);
        var due = values.DueDate is { } date ? Strings.ReminderDueBy(locale, AppointmentText.Day(date, locale)) : Strings.ReminderDueSoon(locale);
        var text = Strings.ReminderPrompt(locale, _services.Dealer.NameFor(locale), values.Plate, AppointmentText.Service(values.ServiceType, locale), due);
        var options = new PromptOptions { Prompt = text, RetryPrompt = Strings.ReminderRetry(locale), Choices = ReplyChoices(locale) };
        return step.PromptAsync(ReplyPrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> HandleAnswerStepAsync(WaterfallStepContext<MaintenanceReminderValues> step, CancellationToken cancellationToken)
    {
        var (values, locale, text) = (step.Values, step.Locale, step.Turn.Activity.Text);
        values.Response = step.Result is FoundChoice choice ? (ReminderResponse)choice.Index : ResponseFor(_services.Recognize(text, locale).Intent);
        switch (values.Response)
        {
            case ReminderResponse.Booked:
                var booking = BookAppointmentOptions.From(_services.Recognize(text, locale), text) with
                {
                    Action = AppointmentAction.Book, CustomerId = values.CustomerId, VehicleId = values.VehicleId, ServiceType = values.ServiceType,
                };
                return await step.BeginDialogAsync(nameof(BookAppointmentDialog), booking, cancellationToken);
            case ReminderResponse.Snoozed when _services.FindDateTime(text, locale) is { } day && day.Date > _services.Today:
                return await step.NextAsync(day, cancellationToken);
            case ReminderResponse.Snoozed:
                var snooze = new PromptOptions { Prompt = Strings.ReminderAskSnoozeDate(locale), RetryPrompt = Strings.ReminderSnoozeRetry(locale) };
                return await step.PromptAsync(SnoozePrompt, snooze, cancellationToken);
            case ReminderResponse.AlreadyServiced:
                var where = new PromptOptions { Prompt = Strings.ReminderAskWhere(locale), Choices = PlaceChoices(locale) };
                return await step.PromptAsync(nameof(ChoicePrompt), where, cancellationToken);
            case ReminderResponse.Declined:
                await RecordAsync(values, ReminderResponse.Declined, cancellationToken);
                return await EndWithAsync(step, Strings.ReminderDeclined(locale), cancellationToken);
            default:
                return await EndWithAsync(step, Strings.NotUnderstood(locale), cancellationToken);
        }
    }

    private async Task<DialogTurnResult> RecordAnswerStepAsync(WaterfallStepContext<MaintenanceReminderValues> step, CancellationToken cancellationToken)
    {
        var (values, locale) = (step.Values, step.Locale);
        switch (values.Response, step.Result)
        {
            case (ReminderResponse.Booked, long appointmentId):
                await RecordAsync(values, ReminderResponse.Booked, cancellationToken, appointmentId: appointmentId);
                return await step.EndDialogAsync(appointmentId, cancellationToken);
            case (ReminderResponse.Snoozed, DateTimeMatch day):
                await RecordAsync(values, ReminderResponse.Snoozed, cancellationToken, remindOn: day.Date);
                return await EndWithAsync(step, Strings.ReminderSnoozed(locale, AppointmentText.Day(day.Date, locale)), cancellationToken);
            case (ReminderResponse.AlreadyServiced, var place):
                var at = place is FoundChoice choice ? (ServicedAt)choice.Index : (ServicedAt?)null;
                await RecordAsync(values, ReminderResponse.AlreadyServiced, cancellationToken, servicedAt: at);
                return await EndWithAsync(step, Strings.ReminderDoneRecorded(locale), cancellationToken);
            case (ReminderResponse.Snoozed, _):
                return await EndWithAsync(step, Strings.BookingGaveUp(locale, _services.Dealer.Phone), cancellationToken);
            default:
                return await step.EndDialogAsync(null, cancellationToken); // booking ended without one; it said why
        }
    }

    private static ReminderResponse? ResponseFor(string intent) => intent switch
    {
        Intents.ReminderBook or Intents.Book => ReminderResponse.Booked,
        Intents.ReminderSnooze => ReminderResponse.Snoozed,
        Intents.ReminderDone => ReminderResponse.AlreadyServiced,
        Intents.ReminderDecline => ReminderResponse.Declined,
        _ => null,
    };

    // In ReminderResponse order, so a choice's index is its response.
    private static Choice[] ReplyChoices(string locale) =>
    [
        new(Strings.ReminderBookChoice(locale), ["预约", "马上预约", "book", "book now"]),
        new(Strings.ReminderSnoozeChoice(locale), ["稍后提醒", "稍后", "晚点", "later", "remind me later", "snooze"]),
        new(Strings.ReminderDoneChoice(locale), ["已保养", "已经保养", "保养过了", "already serviced", "already done"]),
        new(Strings.ReminderDeclineChoice(locale), ["不需要", "不用", "不用了", "no need", "not needed"]),
    ];

    // In ServicedAt order.
    private static Choice[] PlaceChoices(string locale) =>
    [
        new(Strings.ReminderPlaceHere(locale), ["本店", "你们店", "你们这", "这里", "here", "your dealership"]),
        new(Strings.ReminderPlaceElsewhere(locale), ["其他店", "别的店", "别家", "外面", "其他", "another shop", "elsewhere"]),
    ];

    private Task RecordAsync(
        MaintenanceReminderValues values, ReminderResponse response, CancellationToken cancellationToken,
        DateOnly? remindOn = null, ServicedAt? servicedAt = null, long? appointmentId = null) =>
        _services.Reminders.RecordAsync(
            new ReminderReply(values.CustomerId, values.VehicleId, values.ServiceType, response, remindOn, servicedAt, appointmentId), cancellationToken);

    private static async Task<DialogTurnResult> EndWithAsync(WaterfallStepContext<MaintenanceReminderValues> step, string text, CancellationToken cancellationToken)
    {
        await step.Turn.SendTextAsync(text, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A sentence that means one of the four answers (帮我约明天下午, 下周再提醒我, 已经在别家做过了) counts as that answer.</summary>
    private Task<bool> AcceptReminderReplyAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded || ResponseFor(_services.Recognize(prompt.Turn.Activity.Text, prompt.Turn.Locale).Intent) is not null);

    private Task<bool> AcceptFutureDayAsync(PromptValidatorContext<DateTimeMatch> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized is { Succeeded: true, Value: { } day } && day.Date > _services.Today);
}
