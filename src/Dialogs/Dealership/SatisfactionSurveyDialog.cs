using System.Globalization;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// The 回访 after a sale or a service visit (issue 3). One question per turn from <see cref="SurveyOptions"/>; each
/// answer is saved through <see cref="ISurveyStore"/> as it comes, so a customer who stops midway leaves the answers
/// given. The waterfall replaces itself once per question, keeping one stack entry however long the survey is. An
/// unhappy customer (overall ≤ 2 or NPS ≤ 6 by default) is offered a complaint or a person.
/// </summary>
public sealed class SatisfactionSurveyDialog : ComponentDialog
{
    private const string SurveyWaterfallId = nameof(SatisfactionSurveyDialog) + ".Survey";
    private const string RatingPromptId = nameof(SatisfactionSurveyDialog) + ".Rating";
    private const string NpsPromptId = nameof(SatisfactionSurveyDialog) + ".Nps";
    private const string CommentPromptId = nameof(SatisfactionSurveyDialog) + ".Comment";
    private const string LowScoreReason = "survey.low-score";
    private readonly ISurveyStore _surveys;
    private readonly ICustomerDirectory _customers;
    private readonly IHandoff? _handoff;
    private readonly SurveyOptions _options;

    public SatisfactionSurveyDialog(ISurveyStore surveys, ICustomerDirectory customers, ComplaintDialog complaint, IHandoff? handoff = null, SurveyOptions? options = null)
        : base(nameof(SatisfactionSurveyDialog))
    {
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(complaint);
        (_surveys, _customers, _handoff, _options) = (surveys, customers, handoff, options ?? new SurveyOptions());
        AddDialog(new WaterfallDialog<SatisfactionSurveyValues>(
            SurveyWaterfallId,
            CareJsonContext.Default.SatisfactionSurveyValues,
            StartSurveyStepAsync,
            AskQuestionStepAsync,
            RecordAnswerStepAsync,
            OfferFollowUpStepAsync,
            FollowUpStepAsync));
        AddDialog(new TextPrompt(RatingPromptId, AnswerValidator(SurveyQuestionKind.Rating)));
        AddDialog(new TextPrompt(NpsPromptId, AnswerValidator(SurveyQuestionKind.Nps)));
        AddDialog(new TextPrompt(CommentPromptId, AnswerValidator(SurveyQuestionKind.Comment)));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(complaint);
    }

    /// <summary>The waterfall keeps its values in the options object it is given; a copy keeps the caller's own untouched.</summary>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        base.BeginDialogAsync(dc, options is SatisfactionSurveyValues values ? values with { LowScores = [.. values.LowScores] } : options, cancellationToken);

    private enum FollowUp
    {
        Complaint,
        Callback,
        NoThanks,
    }

    private async Task<DialogTurnResult> StartSurveyStepAsync(WaterfallStepContext<SatisfactionSurveyValues> step, CancellationToken cancellationToken)
    {
        var values = step.Values;
        if (values.SurveyId is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var customerId = values.CustomerId
            ?? (await _customers.FindByChannelIdentityAsync(step.Turn.Key.Channel, step.Turn.Key.UserId, cancellationToken))?.Id;
        if (customerId is null)
        {
            await step.Turn.SendTextAsync(Strings.SurveyNoCustomer(step.Locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var survey = await _surveys.StartAsync(
            new NewSurvey(customerId.Value, values.Kind, values.VehicleId, values.ServiceVisitId, step.Turn.Key.Channel), cancellationToken);
        values.SurveyId = survey.Id;
        var intro = values.Kind == SurveyKind.Sales ? Strings.SurveyIntroSales(step.Locale) : Strings.SurveyIntroService(step.Locale);
        await step.Turn.SendTextAsync(intro, cancellationToken);
        return await step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> AskQuestionStepAsync(WaterfallStepContext<SatisfactionSurveyValues> step, CancellationToken cancellationToken)
    {
        if (step.Values.FirstAnswer is { } firstAnswer)
        {
            step.Values.FirstAnswer = null;
            return step.NextAsync(firstAnswer, cancellationToken);
        }

        var question = CurrentQuestion(step.Values);
        var (promptId, retry) = question.Kind switch
        {
            SurveyQuestionKind.Rating => (RatingPromptId, Strings.SurveyRatingRetry(step.Locale)),
            SurveyQuestionKind.Nps => (NpsPromptId, Strings.SurveyNpsRetry(step.Locale)),
            _ => (CommentPromptId, (string?)null),
        };
        return step.PromptAsync(promptId, new PromptOptions { Prompt = question.TextFor(step.Locale), RetryPrompt = retry }, cancellationToken);
    }

    /// <summary>A prompt that gave up after its retries (null) counts as a skip: the survey goes on rather than nagging.</summary>
    private async Task<DialogTurnResult> RecordAnswerStepAsync(WaterfallStepContext<SatisfactionSurveyValues> step, CancellationToken cancellationToken)
    {
        var values = step.Values;
        var question = CurrentQuestion(values);
        var text = step.Result as string;
        var reply = text is null ? new SurveyReply(SurveyReplyKind.Skip) : SurveyReply.Read(text, question.Kind);
        switch (reply.Kind)
        {
            case SurveyReplyKind.Invalid:
                return await step.ReplaceDialogAsync(SurveyWaterfallId, values, cancellationToken);
            case SurveyReplyKind.Stop:
                await FinishAsync(values, SurveyStatus.Stopped, cancellationToken);
                await step.Turn.SendTextAsync(Strings.SurveyStopped(step.Locale), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            case SurveyReplyKind.Score or SurveyReplyKind.Text:
                await SaveAnswerAsync(values, question, text!, reply.Score, cancellationToken);
                break;
        }

        values.Question++;
        return values.Question < _options.QuestionsFor(values.Kind).Count
            ? await step.ReplaceDialogAsync(SurveyWaterfallId, values, cancellationToken)
            : await CompleteAsync(step, cancellationToken);
    }

    private Task<DialogTurnResult> OfferFollowUpStepAsync(WaterfallStepContext<SatisfactionSurveyValues> step, CancellationToken cancellationToken)
    {
        var locale = step.Locale;
        var options = new PromptOptions
        {
            Prompt = Strings.SurveyLowScoreOffer(locale),
            Choices =
            [
                new(Strings.SurveyChoiceComplaint(locale), ["投诉", "登记投诉", "complaint", "complain"]),
                new(Strings.SurveyChoiceCallback(locale), ["回电", "电话", "人工", "客服", "call", "call me", "agent", "person"]),
                new(Strings.SurveyChoiceNoThanks(locale), ["不用", "不用了", "不需要", "算了", "no", "no thanks"]),
            ],
        };
        return step.PromptAsync(nameof(ChoicePrompt), options, cancellationToken);
    }

    private async Task<DialogTurnResult> FollowUpStepAsync(WaterfallStepContext<SatisfactionSurveyValues> step, CancellationToken cancellationToken)
    {
        var values = step.Values;
        var scores = string.Join(", ", values.LowScores);
        switch (step.Result is FoundChoice choice ? (FollowUp)choice.Index : FollowUp.NoThanks)
        {
            case FollowUp.Complaint:
                var complaint = new ComplaintValues { CustomerId = values.CustomerId, VehicleId = values.VehicleId, Context = Strings.SurveyComplaintContext(step.Locale, scores) };
                return await step.BeginDialogAsync(nameof(ComplaintDialog), complaint, cancellationToken);
            case FollowUp.Callback:
                await HandoffOrCallback.RequestAsync(_handoff, step.Turn, LowScoreReason, Strings.SurveyComplaintContext(step.Locale, scores), cancellationToken);
                break;
            default:
                await step.Turn.SendTextAsync(Strings.SurveyNoThanks(step.Locale), cancellationToken);
                break;
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> CompleteAsync(WaterfallStepContext<SatisfactionSurveyValues> step, CancellationToken cancellationToken)
    {
        await FinishAsync(step.Values, SurveyStatus.Completed, cancellationToken);
        if (step.Values.LowScores.Count > 0 && _options.HandOffLowScores)
        {
            var scores = string.Join(", ", step.Values.LowScores);
            await HandoffOrCallback.RequestAsync(_handoff, step.Turn, LowScoreReason, Strings.SurveyComplaintContext(step.Locale, scores), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (step.Values.LowScores.Count > 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        await step.Turn.SendTextAsync(Strings.SurveyThanks(step.Locale), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task SaveAnswerAsync(SatisfactionSurveyValues values, SurveyQuestion question, string text, int? score, CancellationToken cancellationToken)
    {
        await _surveys.SaveAnswerAsync(values.SurveyId!.Value, new SurveyAnswerInfo(question.Id, text.Trim(), score), cancellationToken);
        if (question.Kind == SurveyQuestionKind.Nps)
        {
            values.Nps = score;
        }
        else if (question.Kind == SurveyQuestionKind.Comment)
        {
            values.Comment = text.Trim();
        }

        if (score is { } value && _options.IsLow(question, value))
        {
            values.LowScores.Add(string.Create(CultureInfo.InvariantCulture, $"{question.Id} {value}"));
        }
    }

    private Task FinishAsync(SatisfactionSurveyValues values, SurveyStatus status, CancellationToken cancellationToken) =>
        _surveys.CompleteAsync(values.SurveyId!.Value, new SurveyCompletion(status, values.Nps, values.Comment), cancellationToken);

    private SurveyQuestion CurrentQuestion(SatisfactionSurveyValues values) => _options.QuestionsFor(values.Kind)[values.Question];

    private static PromptValidator<string> AnswerValidator(SurveyQuestionKind kind) =>
        (prompt, _) => Task.FromResult(prompt.Recognized.Succeeded && SurveyReply.Read(prompt.Recognized.Value, kind).Kind != SurveyReplyKind.Invalid);
}
