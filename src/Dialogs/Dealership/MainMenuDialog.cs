using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// Greets the customer, offers the dealership's services as buttons, and routes whatever they write by intent:
/// booking, rescheduling and cancelling to <see cref="BookAppointmentDialog"/> (with the date, plate and service they
/// mentioned), questions to <see cref="FaqDialog"/>, 人工 to <see cref="IHandoff"/>, and anything in
/// <see cref="MainMenuRoutes"/> to its dialog. Two messages in a row it does not understand bring an offer of a person.
/// </summary>
public sealed class MainMenuDialog : ComponentDialog
{
    private const string MenuWaterfallId = nameof(MainMenuDialog) + "." + nameof(WaterfallDialog<>);
    private const string StoreInfo = "faq";
    private const string AskedForPerson = "customer asked for a person";
    private const string NotUnderstoodTwice = "bot did not understand twice";
    private static readonly string[] MenuIntents = [Intents.Book, Intents.Complaint, Intents.SurveyScore, Intents.Human, StoreInfo]; // in MenuChoices order
    private static readonly string[] NothingAsked = [Intents.None, Intents.Greeting, Intents.Menu, Intents.Thanks];
    private static readonly Choice[] ChineseMenu = MenuChoicesIn(DialogLocale.Chinese);
    private static readonly Choice[] EnglishMenu = MenuChoicesIn(DialogLocale.English);
    private static readonly SuggestedActions ChineseMenuActions = SuggestedActions.Of(ChineseMenu.Select(c => c.Value));
    private static readonly SuggestedActions EnglishMenuActions = SuggestedActions.Of(EnglishMenu.Select(c => c.Value));
    private readonly DealershipServices _services;
    private readonly MainMenuRoutes _routes;

    public MainMenuDialog(DealershipServices services, BookAppointmentDialog booking, FaqDialog faq, MainMenuRoutes routes)
        : base(nameof(MainMenuDialog))
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(routes);
        (_services, _routes) = (services, routes);
        AddDialog(new WaterfallDialog<MainMenuValues>(
            MenuWaterfallId, DealershipJsonContext.Default.MainMenuValues, OfferMenuStepAsync, RouteMessageStepAsync, ReturnToMenuStepAsync));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        AddDialog(booking);
        AddDialog(faq);
        foreach (var dialog in routes.Dialogs)
        {
            AddDialog(dialog);
        }
    }

    /// <summary>
    /// Sends the menu and waits: the next message comes back to <see cref="RouteMessageStepAsync"/> as text. A first
    /// message that already asks for something (明天下午三点保养) is routed at once instead of being answered with the menu.
    /// </summary>
    private async Task<DialogTurnResult> OfferMenuStepAsync(WaterfallStepContext<MainMenuValues> step, CancellationToken cancellationToken)
    {
        var (locale, message) = (step.Locale, step.Turn.Activity);
        if (!step.Values.Returning && message.Type == ActivityTypes.Message && !NothingAsked.Contains(_services.Recognize(message.Text, locale).Intent))
        {
            return await step.NextAsync(message.Text, cancellationToken);
        }

        var prompt = step.Values.Returning
            ? Strings.MenuPromptAgain(locale)
            : Strings.Welcome(locale, _services.Dealer.NameFor(locale)) + "\n" + Strings.MenuPrompt(locale);
        await step.Turn.SendTextAsync(prompt, DialogLocale.IsEnglish(locale) ? EnglishMenuActions : ChineseMenuActions, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    private async Task<DialogTurnResult> RouteMessageStepAsync(WaterfallStepContext<MainMenuValues> step, CancellationToken cancellationToken)
    {
        var (text, locale) = (step.Result as string, step.Locale);
        var recognized = _services.Recognize(text, locale);
        var intent = ChoiceRecognizer.Recognize(text, MenuChoices(locale)) is { } button ? MenuIntents[button.Index] : recognized.Intent;
        step.Turn.NoteUnderstanding(true); // NotUnderstoodAsync takes it back for what no route below handles
        switch (intent)
        {
            case Intents.Book or Intents.Reschedule or Intents.Cancel or Intents.ReminderBook:
                return await step.BeginDialogAsync(nameof(BookAppointmentDialog), BookAppointmentOptions.From(recognized with { Intent = intent }, text), cancellationToken);
            case StoreInfo or Intents.FaqHours or Intents.FaqAddress or Intents.FaqPhone:
                return await step.BeginDialogAsync(nameof(FaqDialog), new FaqValues { Topic = FaqDialog.TopicFor(intent) ?? FaqTopic.StoreInfo }, cancellationToken);
            case Intents.Human:
                return await HandOffAsync(step, AskedForPerson, cancellationToken);
            case Intents.Greeting or Intents.Menu:
                return await step.ReplaceDialogAsync(MenuWaterfallId, new MainMenuValues(), cancellationToken);
            case Intents.Thanks:
                await step.Turn.SendTextAsync(Strings.ThanksReply(locale), cancellationToken);
                return await step.ReplaceDialogAsync(MenuWaterfallId, new MainMenuValues { Returning = true }, cancellationToken);
            case not null when _routes.DialogIdByIntent.TryGetValue(intent, out var dialogId):
                return await step.BeginDialogAsync(dialogId, null, cancellationToken);
            case Intents.Complaint or Intents.ComplaintStatus or Intents.SurveyScore:
                var feature = intent == Intents.SurveyScore ? Strings.MenuSurvey(locale) : Strings.MenuComplaint(locale);
                await step.Turn.SendTextAsync(Strings.FeatureComingSoon(locale, feature, _services.Dealer.Phone), cancellationToken);
                return await step.ReplaceDialogAsync(MenuWaterfallId, new MainMenuValues { Returning = true }, cancellationToken);
            default:
                return await NotUnderstoodAsync(step, cancellationToken);
        }
    }

    /// <summary>A child dialog ended, or the customer answered the offer of a person.</summary>
    private async Task<DialogTurnResult> ReturnToMenuStepAsync(WaterfallStepContext<MainMenuValues> step, CancellationToken cancellationToken)
    {
        if (step.Values.OfferedPerson && step.Result is true)
        {
            return await HandOffAsync(step, NotUnderstoodTwice, cancellationToken);
        }

        return await step.ReplaceDialogAsync(MenuWaterfallId, new MainMenuValues { Returning = true }, cancellationToken);
    }

    private async Task<DialogTurnResult> NotUnderstoodAsync(WaterfallStepContext<MainMenuValues> step, CancellationToken cancellationToken)
    {
        step.Turn.NoteUnderstanding(false);
        var misunderstood = step.Values.Misunderstood + 1;
        if (misunderstood >= 2)
        {
            step.Values.OfferedPerson = true;
            return await step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = Strings.OfferHandoff(step.Locale) }, cancellationToken);
        }

        await step.Turn.SendTextAsync(Strings.NotUnderstood(step.Locale), cancellationToken);
        return await step.ReplaceDialogAsync(MenuWaterfallId, new MainMenuValues { Returning = true, Misunderstood = misunderstood }, cancellationToken);
    }

    /// <summary>Until the agent desk registers <see cref="IHandoff"/>, a colleague follows up outside the chat; say so honestly.</summary>
    private async Task<DialogTurnResult> HandOffAsync(WaterfallStepContext<MainMenuValues> step, string reason, CancellationToken cancellationToken)
    {
        if (_services.Handoff is not { } handoff)
        {
            await step.Turn.SendTextAsync(Strings.HandoffComingSoon(step.Locale), cancellationToken);
            return await step.ReplaceDialogAsync(MenuWaterfallId, new MainMenuValues { Returning = true }, cancellationToken);
        }

        var key = step.Turn.Key;
        await handoff.RequestAsync(new HandoffRequest(key.Channel, key.UserId, reason, step.Turn.Activity.Text), cancellationToken);
        await step.Turn.SendTextAsync(Strings.HandoffRequested(step.Locale), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static Choice[] MenuChoices(string locale) => DialogLocale.IsEnglish(locale) ? EnglishMenu : ChineseMenu;

    // Titles in both locales (an English word typed on a Chinese menu still works), plus the words the recognizer
    // has no intent for; everything else (保养, 投诉, 人工, 地址…) is the recognizer's job. Built once per language.
    private static Choice[] MenuChoicesIn(string locale) =>
    [
        new(Strings.MenuBookService(locale), [Strings.MenuBookService(DialogLocale.Chinese), Strings.MenuBookService(DialogLocale.English)]),
        new(Strings.MenuComplaint(locale), ["投诉建议", "complaint", "suggestion"]),
        new(Strings.MenuSurvey(locale), ["满意度回访", "回访", "满意度", "评价", "satisfaction survey", "survey", "feedback"]),
        new(Strings.MenuAgent(locale), [Strings.MenuAgent(DialogLocale.Chinese), Strings.MenuAgent(DialogLocale.English)]),
        new(Strings.MenuStoreInfo(locale), ["门店信息", "门店", "store info", "store"]),
    ];
}
