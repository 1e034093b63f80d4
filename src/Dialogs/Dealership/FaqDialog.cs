using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Dealership;

/// <summary>Opening hours, address and phone from <see cref="DealerProfile"/> (configuration): one answer, then it ends.</summary>
public sealed class FaqDialog : ComponentDialog
{
    private readonly DealerProfile _dealer;

    public FaqDialog(DealerProfile dealer)
        : base(nameof(FaqDialog))
    {
        ArgumentNullException.ThrowIfNull(dealer);
        _dealer = dealer;
        AddDialog(new WaterfallDialog<FaqValues>(nameof(FaqDialog) + "." + nameof(WaterfallDialog<>), DealershipJsonContext.Default.FaqValues, AnswerTopicStepAsync));
    }

    /// <summary>The topic an FAQ intent asks about, or null for an intent that is not a question for this dialog.</summary>
    public static FaqTopic? TopicFor(string intent) => intent switch
    {
        Intents.FaqHours => FaqTopic.Hours,
        Intents.FaqAddress => FaqTopic.Address,
        Intents.FaqPhone => FaqTopic.Phone,
        _ => null,
    };

    private async Task<DialogTurnResult> AnswerTopicStepAsync(WaterfallStepContext<FaqValues> step, CancellationToken cancellationToken)
    {
        var locale = step.Locale;
        var name = _dealer.NameFor(locale);
        var answer = step.Values.Topic switch
        {
            FaqTopic.Hours => Strings.FaqHours(locale, name, _dealer.OpeningHoursFor(locale)),
            FaqTopic.Address => Strings.FaqAddress(locale, name, _dealer.AddressFor(locale)),
            FaqTopic.Phone => Strings.FaqPhone(locale, name, _dealer.Phone),
            _ => Strings.StoreInfo(locale, name, _dealer.OpeningHoursFor(locale), _dealer.AddressFor(locale), _dealer.Phone),
        };
        await step.Turn.SendTextAsync(answer, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
