using System.Collections.Frozen;
using System.Globalization;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// Links a WeChat or web chat user to their customer record (issue 3): mobile number, a 6-digit SMS code through
/// <see cref="IIdentityVerification"/> (which owns tries, expiry and rate limits), then
/// <see cref="ICustomerDirectory.LinkChannelIdentityAsync"/>. The customer record is looked up only after the code is
/// verified, so nobody can probe which numbers belong to customers without holding the phone.
/// </summary>
public sealed class BindIdentityDialog : ComponentDialog
{
    private const string MobileWaterfallId = nameof(BindIdentityDialog) + ".Mobile";
    private const string CodeWaterfallId = nameof(BindIdentityDialog) + ".Code";
    private const string ResendWaterfallId = nameof(BindIdentityDialog) + ".Resend";
    private const string MobilePromptId = nameof(BindIdentityDialog) + ".MobileNumber";
    private const string CodePromptId = nameof(BindIdentityDialog) + ".CodeNumber";
    private const string NoCustomerReason = "bind.no-customer";

    private static readonly FrozenSet<string> ResendWords = FrozenSet.Create(
        StringComparer.Ordinal, "重新发送", "重发", "再发一次", "再发一遍", "没收到", "没有收到", "收不到", "resend", "send again", "didn't get it", "no code");

    private readonly IIdentityVerification _verification;
    private readonly ICustomerDirectory _customers;
    private readonly IHandoff? _handoff;

    public BindIdentityDialog(IIdentityVerification verification, ICustomerDirectory customers, IHandoff? handoff = null)
        : base(nameof(BindIdentityDialog))
    {
        ArgumentNullException.ThrowIfNull(verification);
        ArgumentNullException.ThrowIfNull(customers);
        (_verification, _customers, _handoff) = (verification, customers, handoff);
        var values = CareJsonContext.Default.BindIdentityValues;
        AddDialog(new WaterfallDialog<BindIdentityValues>(MobileWaterfallId, values, AskMobileStepAsync, SendCodeStepAsync));
        AddDialog(new WaterfallDialog<BindIdentityValues>(CodeWaterfallId, values, AskCodeStepAsync, CheckCodeStepAsync, LinkIdentityStepAsync, OfferPersonStepAsync));
        AddDialog(new WaterfallDialog<BindIdentityValues>(ResendWaterfallId, values, AskResendStepAsync, ResendStepAsync));
        AddDialog(new TextPrompt(MobilePromptId, (prompt, _) => Task.FromResult(MobileIn(prompt.Recognized.Value) is not null)));
        AddDialog(new TextPrompt(CodePromptId, (prompt, _) => Task.FromResult(IsResend(prompt.Recognized.Value) || CodeIn(prompt.Recognized.Value) is not null)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
    }

    /// <summary>The waterfall keeps its values in the options object it is given; a copy keeps the caller's own untouched.</summary>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        base.BeginDialogAsync(dc, options is BindIdentityValues values ? values with { } : options, cancellationToken);

    private Task<DialogTurnResult> AskMobileStepAsync(WaterfallStepContext<BindIdentityValues> step, CancellationToken cancellationToken)
    {
        if (step.Values.Mobile is { } known)
        {
            return step.NextAsync(known, cancellationToken);
        }

        var options = new PromptOptions { Prompt = Strings.BindAskMobile(step.Locale), RetryPrompt = Strings.BindMobileRetry(step.Locale) };
        return step.PromptAsync(MobilePromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> SendCodeStepAsync(WaterfallStepContext<BindIdentityValues> step, CancellationToken cancellationToken)
    {
        if (MobileIn(step.Result as string) is not { } mobile)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.Mobile = mobile;
        var locale = step.Locale;
        var sent = await _verification.SendCodeAsync(step.Turn.Key, mobile, locale, cancellationToken);
        var (text, next) = sent.Outcome switch
        {
            CodeSendOutcome.Sent => (Strings.BindCodeSent(locale, Masked(mobile), WholeMinutes(sent.ValidFor)), CodeWaterfallId),
            CodeSendOutcome.RateLimited => (Strings.BindRateLimited(locale, Duration(sent.RetryAfter, locale)), null),
            _ => (Strings.BindSendFailed(locale), null),
        };
        await step.Turn.SendTextAsync(text, cancellationToken);
        return next is null
            ? await step.EndDialogAsync(null, cancellationToken)
            : await step.ReplaceDialogAsync(next, step.Values, cancellationToken);
    }

    /// <summary>The question was the "code sent" message (or a "wrong code" one); the prompt itself only re-asks.</summary>
    private Task<DialogTurnResult> AskCodeStepAsync(WaterfallStepContext<BindIdentityValues> step, CancellationToken cancellationToken) =>
        step.PromptAsync(CodePromptId, new PromptOptions { RetryPrompt = Strings.BindCodeRetry(step.Locale) }, cancellationToken);

    private async Task<DialogTurnResult> CheckCodeStepAsync(WaterfallStepContext<BindIdentityValues> step, CancellationToken cancellationToken)
    {
        var answer = step.Result as string;
        if (answer is null)
        {
            await step.Turn.SendTextAsync(Strings.BindGaveUp(step.Locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (IsResend(answer))
        {
            return await step.ReplaceDialogAsync(MobileWaterfallId, step.Values, cancellationToken);
        }

        var checkResult = await _verification.CheckCodeAsync(step.Turn.Key, step.Values.Mobile!, CodeIn(answer)!, cancellationToken);
        var locale = step.Locale;
        var (text, next) = checkResult.Outcome switch
        {
            CodeCheckOutcome.Verified => (null, null),
            CodeCheckOutcome.Wrong => (Strings.BindCodeWrong(locale, checkResult.TriesLeft.ToString(CultureInfo.InvariantCulture)), CodeWaterfallId),
            CodeCheckOutcome.NoTriesLeft => (Strings.BindCodeNoTriesLeft(locale), ResendWaterfallId),
            _ => (Strings.BindCodeExpired(locale), ResendWaterfallId),
        };
        if (text is null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        await step.Turn.SendTextAsync(text, cancellationToken);
        return await step.ReplaceDialogAsync(next!, step.Values, cancellationToken);
    }

    private async Task<DialogTurnResult> LinkIdentityStepAsync(WaterfallStepContext<BindIdentityValues> step, CancellationToken cancellationToken)
    {
        var customer = await _customers.FindByMobileAsync(step.Values.Mobile!, cancellationToken);
        if (customer is null)
        {
            return await step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = Strings.BindNoCustomer(step.Locale) }, cancellationToken);
        }

        await _customers.LinkChannelIdentityAsync(customer.Id, step.Turn.Key.Channel, step.Turn.Key.UserId, cancellationToken);
        await step.Turn.SendTextAsync(Strings.BindSucceeded(step.Locale, customer.Name), cancellationToken);
        return await step.EndDialogAsync(customer.Id, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferPersonStepAsync(WaterfallStepContext<BindIdentityValues> step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            await HandoffOrCallback.RequestAsync(_handoff, step.Turn, NoCustomerReason, "mobile " + Masked(step.Values.Mobile!), cancellationToken);
        }
        else
        {
            await step.Turn.SendTextAsync(Strings.BindGaveUp(step.Locale), cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> AskResendStepAsync(WaterfallStepContext<BindIdentityValues> step, CancellationToken cancellationToken) =>
        step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = Strings.BindAskResend(step.Locale) }, cancellationToken);

    private async Task<DialogTurnResult> ResendStepAsync(WaterfallStepContext<BindIdentityValues> step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            return await step.ReplaceDialogAsync(MobileWaterfallId, step.Values, cancellationToken);
        }

        await step.Turn.SendTextAsync(Strings.BindGaveUp(step.Locale), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static string? MobileIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var found = new List<RecognizedEntity>();
        new MobileRecognizer().Collect(RecognitionInput.Create(text, null, DateTimeOffset.UnixEpoch, TimeZoneInfo.Utc), found);
        return found.Count > 0 ? found[0].Value : null;
    }

    /// <summary>Six digits, however typed: "123456", "123 456", full-width "１２３４５６".</summary>
    private static string? CodeIn(string? text)
    {
        var digits = new string(TextNormalizer.Normalize(text).Where(c => c is not (' ' or '-')).ToArray());
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private static bool IsResend(string? text) => ResendWords.Contains(TextNormalizer.Normalize(text));

    /// <summary>138****5678: enough for the customer to recognise the number, not enough to read it off a shared screen.</summary>
    private static string Masked(string e164) => e164.Length >= 11 ? $"{e164[^11..^8]}****{e164[^4..]}" : e164;

    private static string WholeMinutes(TimeSpan span) => ((int)Math.Ceiling(span.TotalMinutes)).ToString(CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan wait, string locale) => wait < TimeSpan.FromMinutes(1)
        ? Strings.DurationSeconds(locale, ((int)Math.Ceiling(Math.Max(wait.TotalSeconds, 1))).ToString(CultureInfo.InvariantCulture))
        : Strings.DurationMinutes(locale, WholeMinutes(wait));
}
