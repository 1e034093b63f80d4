using System.Globalization;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// Takes a complaint (issue 3): what happened, a rule-based category and severity (<see cref="ComplaintClassifier"/>)
/// the customer confirms or corrects, then a ticket through <see cref="IComplaintDesk"/>, which numbers it, sets the
/// SLA by severity and flags major ones for the manufacturer. The promised response time told to the customer is the
/// ticket's own SLA, so what we say and what the desk tracks cannot disagree. Also reports a ticket's progress
/// ("TS-20261127-0001 进度") when begun with <see cref="ComplaintValues.ForStatus"/>.
/// </summary>
public sealed class ComplaintDialog : ComponentDialog
{
    private const string FileWaterfallId = nameof(ComplaintDialog) + ".File";
    private const string StatusWaterfallId = nameof(ComplaintDialog) + ".Status";
    private const string TicketPromptId = nameof(ComplaintDialog) + ".Ticket";
    private readonly IComplaintDesk _desk;
    private readonly ICustomerDirectory _customers;
    private const string SeriousComplaintReason = "major-complaint";
    private readonly TimeZoneInfo _timeZone;
    private readonly IHandoff? _handoff;
    private readonly ComplaintSeverity? _handOffFrom;

    /// <param name="handoff">With <paramref name="handOffFrom"/>, a complaint that serious goes to an agent once its ticket is open (issue 6).</param>
    /// <param name="handOffFrom">The least severity that goes to an agent; null: none does.</param>
    public ComplaintDialog(
        IComplaintDesk desk, ICustomerDirectory customers, TimeZoneInfo? timeZone = null, IHandoff? handoff = null, ComplaintSeverity? handOffFrom = null)
        : base(nameof(ComplaintDialog))
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(customers);
        (_desk, _customers, _timeZone) = (desk, customers, timeZone ?? DealerTimeZone.Default);
        (_handoff, _handOffFrom) = (handoff, handOffFrom);
        AddDialog(new WaterfallDialog<ComplaintValues>(
            FileWaterfallId, CareJsonContext.Default.ComplaintValues, AskWhatHappenedStepAsync, ConfirmCategoryStepAsync, OpenTicketStepAsync));
        AddDialog(new WaterfallDialog<ComplaintValues>(
            StatusWaterfallId, CareJsonContext.Default.ComplaintValues, AskTicketStepAsync, ReportStatusStepAsync));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new TextPrompt(TicketPromptId, (prompt, _) => Task.FromResult(TicketIn(prompt.Recognized.Value) is not null)));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
    }

    /// <summary>The waterfall keeps its values in the options object it is given; a copy keeps the caller's own untouched.</summary>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        base.BeginDialogAsync(dc, options is ComplaintValues values ? values with { } : options, cancellationToken);

    private async Task<DialogTurnResult> AskWhatHappenedStepAsync(WaterfallStepContext<ComplaintValues> step, CancellationToken cancellationToken)
    {
        if (step.Values.StatusRequested)
        {
            return await step.ReplaceDialogAsync(StatusWaterfallId, step.Values, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(step.Values.Description))
        {
            return await step.NextAsync(step.Values.Description, cancellationToken);
        }

        return await step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = Strings.ComplaintAskDescription(step.Locale) }, cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmCategoryStepAsync(WaterfallStepContext<ComplaintValues> step, CancellationToken cancellationToken)
    {
        if (step.Result is not string description)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var (category, severity) = ComplaintClassifier.Classify(description);
        (step.Values.Description, step.Values.Category, step.Values.Severity) = (description, category, severity);
        var locale = step.Locale;
        Choice[] choices =
        [
            new(Strings.ComplaintCategoryCorrect(locale), ["是", "是的", "对", "对的", "没错", "确认", "好", "好的", "yes", "correct", "right", "ok"]),
            .. Enum.GetValues<ComplaintCategory>().Select(c => new Choice(CategoryName(c, locale))),
        ];
        var options = new PromptOptions { Prompt = Strings.ComplaintConfirmCategory(locale, CategoryName(category, locale)), Choices = choices };
        return await step.PromptAsync(nameof(ChoicePrompt), options, cancellationToken);
    }

    /// <summary>No recognizable choice after the retries keeps the rule's category: the ticket matters more than its label.</summary>
    private async Task<DialogTurnResult> OpenTicketStepAsync(WaterfallStepContext<ComplaintValues> step, CancellationToken cancellationToken)
    {
        var values = step.Values;
        if (step.Result is FoundChoice { Index: > 0 } corrected)
        {
            values.Category = (ComplaintCategory)(corrected.Index - 1);
        }

        var description = values.Context is null ? values.Description! : values.Description + "\n" + values.Context;
        var customerId = values.CustomerId ?? await FindCustomerIdAsync(step.Turn, cancellationToken);
        var ticket = await _desk.OpenAsync(
            new NewComplaint(customerId, values.Category, values.Severity, description, step.Turn.Key.Channel, values.VehicleId), cancellationToken);
        var hours = Math.Round((ticket.SlaDueAt - ticket.OpenedAt).TotalHours).ToString(CultureInfo.InvariantCulture);
        await step.Turn.SendTextAsync(Strings.ComplaintOpened(step.Locale, ticket.TicketNumber, hours), cancellationToken);
        if (ticket.EscalatedToManufacturer)
        {
            await step.Turn.SendTextAsync(Strings.ComplaintEscalated(step.Locale), cancellationToken);
        }

        if (ticket.Severity == ComplaintSeverity.Critical)
        {
            await step.Turn.SendTextAsync(Strings.ComplaintSafetyAdvice(step.Locale), cancellationToken);
        }

        if (_handoff is not null && ticket.Severity >= _handOffFrom)
        {
            await HandoffOrCallback.RequestAsync(_handoff, step.Turn, SeriousComplaintReason, $"{ticket.TicketNumber} ({ticket.Severity}): {description}", cancellationToken);
        }

        return await step.EndDialogAsync(ticket.TicketNumber, cancellationToken);
    }

    /// <summary>Without a number, a known customer's newest open ticket is the one they mean; otherwise ask.</summary>
    private async Task<DialogTurnResult> AskTicketStepAsync(WaterfallStepContext<ComplaintValues> step, CancellationToken cancellationToken)
    {
        var ticketNumber = step.Values.TicketNumber;
        if (ticketNumber is null && (step.Values.CustomerId ?? await FindCustomerIdAsync(step.Turn, cancellationToken)) is { } customerId)
        {
            ticketNumber = (await _desk.ListOpenAsync(customerId, cancellationToken)).FirstOrDefault()?.TicketNumber;
        }

        if (ticketNumber is not null)
        {
            return await step.NextAsync(ticketNumber, cancellationToken);
        }

        var options = new PromptOptions { Prompt = Strings.ComplaintAskTicket(step.Locale), RetryPrompt = Strings.ComplaintTicketRetry(step.Locale) };
        return await step.PromptAsync(TicketPromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> ReportStatusStepAsync(WaterfallStepContext<ComplaintValues> step, CancellationToken cancellationToken)
    {
        if (step.Result is not string answer || (TicketIn(answer) ?? answer) is not { } ticketNumber)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var locale = step.Locale;
        var ticket = await _desk.FindAsync(ticketNumber, cancellationToken);
        if (ticket is null)
        {
            await step.Turn.SendTextAsync(Strings.ComplaintTicketNotFound(locale, ticketNumber), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var report = Strings.ComplaintStatusReport(locale, ticket.TicketNumber, CategoryName(ticket.Category, locale), StatusName(ticket.Status, locale), LocalTime(ticket.SlaDueAt));
        if (ticket.Events.Count > 0 && ticket.Events.MaxBy(e => e.At) is { } latest)
        {
            report += "\n" + Strings.ComplaintLatestEvent(locale, LocalTime(latest.At), latest.Text);
        }

        await step.Turn.SendTextAsync(report, cancellationToken);
        return await step.EndDialogAsync(ticket.TicketNumber, cancellationToken);
    }

    private async Task<long?> FindCustomerIdAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        (await _customers.FindByChannelIdentityAsync(turn.Key.Channel, turn.Key.UserId, cancellationToken))?.Id;

    private string LocalTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, _timeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string? TicketIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var found = new List<RecognizedEntity>();
        new TicketRecognizer().Collect(RecognitionInput.Create(text, null, DateTimeOffset.UnixEpoch, TimeZoneInfo.Utc), found);
        return found.Count > 0 ? found[0].Value : null;
    }

    private static string CategoryName(ComplaintCategory category, string locale) => category switch
    {
        ComplaintCategory.ServiceQuality => Strings.ComplaintCategoryServiceQuality(locale),
        ComplaintCategory.RepairQuality => Strings.ComplaintCategoryRepairQuality(locale),
        ComplaintCategory.Parts => Strings.ComplaintCategoryParts(locale),
        ComplaintCategory.Price => Strings.ComplaintCategoryPrice(locale),
        ComplaintCategory.Sales => Strings.ComplaintCategorySales(locale),
        ComplaintCategory.Attitude => Strings.ComplaintCategoryAttitude(locale),
        _ => Strings.ComplaintCategoryOther(locale),
    };

    private static string StatusName(ComplaintStatus status, string locale) => status switch
    {
        ComplaintStatus.InProgress => Strings.ComplaintStatusInProgress(locale),
        ComplaintStatus.AwaitingCustomer => Strings.ComplaintStatusAwaitingCustomer(locale),
        ComplaintStatus.Resolved => Strings.ComplaintStatusResolved(locale),
        ComplaintStatus.Closed => Strings.ComplaintStatusClosed(locale),
        _ => Strings.ComplaintStatusOpen(locale),
    };
}
