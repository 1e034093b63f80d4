using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// Greets the customer and offers the dealership's services, then answers and offers the menu again.
/// Store info is answered from <see cref="DealerProfile"/>; the other services are not built yet and say so honestly.
/// </summary>
public sealed class MainMenuDialog : ComponentDialog
{
    private const string MenuWaterfallId = nameof(MainMenuDialog) + "." + nameof(WaterfallDialog<>);
    private readonly DealerProfile _dealer;

    public MainMenuDialog(DealerProfile dealer)
        : base(nameof(MainMenuDialog))
    {
        ArgumentNullException.ThrowIfNull(dealer);
        _dealer = dealer;
        AddDialog(new WaterfallDialog<MainMenuValues>(
            MenuWaterfallId, DealershipJsonContext.Default.MainMenuValues, OfferMenuStepAsync, AnswerChoiceStepAsync));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt), AcceptMenuChoiceAsync));
    }

    private enum MenuOption
    {
        BookService,
        Complaint,
        Survey,
        Agent,
        StoreInfo,
    }

    private Task<DialogTurnResult> OfferMenuStepAsync(WaterfallStepContext<MainMenuValues> step, CancellationToken cancellationToken)
    {
        var locale = step.Locale;
        var prompt = step.Values.Returning
            ? Strings.MenuPromptAgain(locale)
            : Strings.Welcome(locale, _dealer.NameFor(locale)) + "\n" + Strings.MenuPrompt(locale);
        var options = new PromptOptions { Prompt = prompt, RetryPrompt = Strings.MenuRetry(locale), Choices = MenuChoices(locale) };
        return step.PromptAsync(nameof(ChoicePrompt), options, cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerChoiceStepAsync(WaterfallStepContext<MainMenuValues> step, CancellationToken cancellationToken)
    {
        var locale = step.Locale;
        var answer = step.Result is FoundChoice choice ? AnswerFor((MenuOption)choice.Index, choice.Value, locale) : Strings.NotUnderstood(locale);
        await step.Turn.SendTextAsync(answer, cancellationToken);
        return await step.ReplaceDialogAsync(MenuWaterfallId, new MainMenuValues { Returning = true }, cancellationToken);
    }

    private string AnswerFor(MenuOption option, string title, string locale) => option switch
    {
        MenuOption.StoreInfo => Strings.StoreInfo(
            locale, _dealer.NameFor(locale), _dealer.OpeningHoursFor(locale), _dealer.AddressFor(locale), _dealer.Phone),
        MenuOption.Agent => Strings.HandoffComingSoon(locale),
        _ => Strings.FeatureComingSoon(locale, title, _dealer.Phone),
    };

    /// <summary>A greeting while the menu waits shows the menu again without counting as a wrong answer.</summary>
    private static Task<bool> AcceptMenuChoiceAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded && Greeting.IsGreeting(prompt.Turn.Activity.Text))
        {
            prompt.RestartPrompt();
        }

        return Task.FromResult(prompt.Recognized.Succeeded);
    }

    // In MenuOption order. Synonyms are shared by both locales: an English word typed on a Chinese menu still works.
    private static Choice[] MenuChoices(string locale) =>
    [
        new(Strings.MenuBookService(locale), ["预约保养", "保养", "预约", "维修", "book service", "service", "book", "maintenance", "appointment"]),
        new(Strings.MenuComplaint(locale), ["投诉建议", "投诉", "建议", "意见", "complaint", "complain", "suggestion"]),
        new(Strings.MenuSurvey(locale), ["满意度回访", "回访", "满意度", "评价", "satisfaction survey", "survey", "feedback"]),
        new(Strings.MenuAgent(locale), ["人工客服", "人工", "客服", "转人工", "真人", "talk to a person", "agent", "human", "person"]),
        new(Strings.MenuStoreInfo(locale), ["门店信息", "门店", "地址", "电话", "营业时间", "几点", "在哪", "store info", "hours", "address", "phone", "location"]),
    ];
}
