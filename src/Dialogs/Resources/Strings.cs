using System.Resources;
using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Resources;

/// <summary>
/// Every user-facing text, one method per key of Strings.resx (en) / Strings.zh-CN.resx. The locale is always passed
/// in (the turn's), never read from CurrentUICulture, because one hub thread serves customers in both languages.
/// </summary>
public static class Strings
{
    private static readonly ResourceManager Resources = new("ContactHub.Dialogs.Resources.Strings", typeof(Strings).Assembly);

    public static string Welcome(string locale, string dealerName) => Format(nameof(Welcome), locale, dealerName);

    public static string MenuPrompt(string locale) => Get(nameof(MenuPrompt), locale);

    public static string MenuPromptAgain(string locale) => Get(nameof(MenuPromptAgain), locale);

    public static string MenuRetry(string locale) => Get(nameof(MenuRetry), locale);

    public static string MenuBookService(string locale) => Get(nameof(MenuBookService), locale);

    public static string MenuComplaint(string locale) => Get(nameof(MenuComplaint), locale);

    public static string MenuSurvey(string locale) => Get(nameof(MenuSurvey), locale);

    public static string MenuAgent(string locale) => Get(nameof(MenuAgent), locale);

    public static string MenuStoreInfo(string locale) => Get(nameof(MenuStoreInfo), locale);

    public static string StoreInfo(string locale, string dealerName, string openingHours, string address, string phone) => Format(nameof(StoreInfo), locale, dealerName, openingHours, address, phone);

    public static string FeatureComingSoon(string locale, string feature, string phone) => Format(nameof(FeatureComingSoon), locale, feature, phone);

    public static string HandoffComingSoon(string locale) => Get(nameof(HandoffComingSoon), locale);

    public static string HandoffQueued(string locale, string position, string minutes) => Format(nameof(HandoffQueued), locale, position, minutes);

    public static string HandoffNoAgentOnline(string locale, string minutes) => Format(nameof(HandoffNoAgentOnline), locale, minutes);

    public static string HandoffAfterHours(string locale, string opens, string closes, string nextOpening) => Format(nameof(HandoffAfterHours), locale, opens, closes, nextOpening);

    public static string AgentJoined(string locale, string agentName) => Format(nameof(AgentJoined), locale, agentName);

    /// <summary>Sent when an agent closes a conversation. Stands in for the satisfaction survey dialog until that lands.</summary>
    public static string SurveyInvitation(string locale) => Get(nameof(SurveyInvitation), locale);

    public static string Help(string locale) => Get(nameof(Help), locale);

    public static string Cancelled(string locale) => Get(nameof(Cancelled), locale);

    public static string WelcomeBack(string locale) => Get(nameof(WelcomeBack), locale);

    public static string ExpiredConversation(string locale) => Get(nameof(ExpiredConversation), locale);

    public static string NotUnderstood(string locale) => Get(nameof(NotUnderstood), locale);

    public static string TextRetry(string locale) => Get(nameof(TextRetry), locale);

    public static string ChoiceRetry(string locale) => Get(nameof(ChoiceRetry), locale);

    public static string ConfirmRetry(string locale) => Get(nameof(ConfirmRetry), locale);

    public static string ConfirmSuffix(string locale) => Get(nameof(ConfirmSuffix), locale);

    public static string ConfirmYes(string locale) => Get(nameof(ConfirmYes), locale);

    public static string ConfirmNo(string locale) => Get(nameof(ConfirmNo), locale);

    public static string NumberRetry(string locale) => Get(nameof(NumberRetry), locale);

    public static string DateTimeRetry(string locale) => Get(nameof(DateTimeRetry), locale);
    public static string BindIdentityOffer(string locale) => Get(nameof(BindIdentityOffer), locale);

    public static string Get(string name, string locale) =>
        Resources.GetString(name, DialogLocale.CultureFor(locale))
        ?? throw new InvalidOperationException($"Resource string '{name}' is missing.");

    private static string Format(string name, string locale, params object?[] args) =>
        string.Format(DialogLocale.CultureFor(locale), Get(name, locale), args);
}
