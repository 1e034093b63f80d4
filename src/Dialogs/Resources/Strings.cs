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

    public static string ThanksReply(string locale) => Get(nameof(ThanksReply), locale);

    public static string OfferHandoff(string locale) => Get(nameof(OfferHandoff), locale);

    public static string HandoffRequested(string locale) => Get(nameof(HandoffRequested), locale);

    public static string FaqHours(string locale, string dealerName, string openingHours) => Format(nameof(FaqHours), locale, dealerName, openingHours);

    public static string FaqAddress(string locale, string dealerName, string address) => Format(nameof(FaqAddress), locale, dealerName, address);

    public static string FaqPhone(string locale, string dealerName, string phone) => Format(nameof(FaqPhone), locale, dealerName, phone);

    public static string ServiceFirstMaintenance(string locale) => Get(nameof(ServiceFirstMaintenance), locale);

    public static string ServiceRegularMaintenance(string locale) => Get(nameof(ServiceRegularMaintenance), locale);

    public static string ServiceRepair(string locale) => Get(nameof(ServiceRepair), locale);

    public static string ServiceBodyAndPaint(string locale) => Get(nameof(ServiceBodyAndPaint), locale);

    public static string ServiceInspection(string locale) => Get(nameof(ServiceInspection), locale);

    public static string ServiceOther(string locale) => Get(nameof(ServiceOther), locale);

    public static string BookingAskMobile(string locale) => Get(nameof(BookingAskMobile), locale);

    public static string BookingMobileRetry(string locale) => Get(nameof(BookingMobileRetry), locale);

    public static string BookingCustomerNotFound(string locale, string phone) => Format(nameof(BookingCustomerNotFound), locale, phone);

    public static string BookingNoVehicle(string locale, string phone) => Format(nameof(BookingNoVehicle), locale, phone);

    public static string BookingAskVehicle(string locale) => Get(nameof(BookingAskVehicle), locale);

    public static string BookingAskService(string locale) => Get(nameof(BookingAskService), locale);

    public static string BookingAskDateTime(string locale) => Get(nameof(BookingAskDateTime), locale);

    public static string BookingDateTimeRetry(string locale) => Get(nameof(BookingDateTimeRetry), locale);

    public static string BookingSlotsOnDay(string locale, string day) => Format(nameof(BookingSlotsOnDay), locale, day);

    public static string BookingSlotTaken(string locale, string time) => Format(nameof(BookingSlotTaken), locale, time);

    public static string BookingSlotJustTaken(string locale) => Get(nameof(BookingSlotJustTaken), locale);

    public static string BookingNoSlots(string locale, string day) => Format(nameof(BookingNoSlots), locale, day);

    public static string BookingOtherTime(string locale) => Get(nameof(BookingOtherTime), locale);

    public static string BookingConfirm(string locale, string vehicle, string service, string time) => Format(nameof(BookingConfirm), locale, vehicle, service, time);

    public static string Booked(string locale, string vehicle, string service, string time, string address) => Format(nameof(Booked), locale, vehicle, service, time, address);

    public static string BookingAbandoned(string locale) => Get(nameof(BookingAbandoned), locale);

    public static string BookingGaveUp(string locale, string phone) => Format(nameof(BookingGaveUp), locale, phone);

    public static string AppointmentNone(string locale) => Get(nameof(AppointmentNone), locale);

    public static string AppointmentAskWhich(string locale) => Get(nameof(AppointmentAskWhich), locale);

    public static string RescheduleAskDateTime(string locale, string time) => Format(nameof(RescheduleAskDateTime), locale, time);

    public static string RescheduleConfirm(string locale, string vehicle, string service, string from, string to) => Format(nameof(RescheduleConfirm), locale, vehicle, service, from, to);

    public static string Rescheduled(string locale, string vehicle, string service, string time, string address) => Format(nameof(Rescheduled), locale, vehicle, service, time, address);

    public static string RescheduleAbandoned(string locale, string time) => Format(nameof(RescheduleAbandoned), locale, time);

    public static string CancelConfirm(string locale, string vehicle, string service, string time) => Format(nameof(CancelConfirm), locale, vehicle, service, time);

    public static string AppointmentCancelled(string locale, string time) => Format(nameof(AppointmentCancelled), locale, time);

    public static string CancelAbandoned(string locale, string time) => Format(nameof(CancelAbandoned), locale, time);

    public static string AppointmentGone(string locale, string phone) => Format(nameof(AppointmentGone), locale, phone);

    public static string ReminderPrompt(string locale, string dealerName, string vehicle, string service, string due) => Format(nameof(ReminderPrompt), locale, dealerName, vehicle, service, due);

    public static string ReminderDueBy(string locale, string date) => Format(nameof(ReminderDueBy), locale, date);

    public static string ReminderDueSoon(string locale) => Get(nameof(ReminderDueSoon), locale);

    public static string ReminderBookChoice(string locale) => Get(nameof(ReminderBookChoice), locale);

    public static string ReminderSnoozeChoice(string locale) => Get(nameof(ReminderSnoozeChoice), locale);

    public static string ReminderDoneChoice(string locale) => Get(nameof(ReminderDoneChoice), locale);

    public static string ReminderDeclineChoice(string locale) => Get(nameof(ReminderDeclineChoice), locale);

    public static string ReminderRetry(string locale) => Get(nameof(ReminderRetry), locale);

    public static string ReminderAskSnoozeDate(string locale) => Get(nameof(ReminderAskSnoozeDate), locale);

    public static string ReminderSnoozeRetry(string locale) => Get(nameof(ReminderSnoozeRetry), locale);

    public static string ReminderSnoozed(string locale, string day) => Format(nameof(ReminderSnoozed), locale, day);

    public static string ReminderAskWhere(string locale) => Get(nameof(ReminderAskWhere), locale);

    public static string ReminderPlaceHere(string locale) => Get(nameof(ReminderPlaceHere), locale);

    public static string ReminderPlaceElsewhere(string locale) => Get(nameof(ReminderPlaceElsewhere), locale);

    public static string ReminderDoneRecorded(string locale) => Get(nameof(ReminderDoneRecorded), locale);

    public static string ReminderDeclined(string locale) => Get(nameof(ReminderDeclined), locale);

    public static string AppointmentNeedsIdentity(string locale, string phone) => Format(nameof(AppointmentNeedsIdentity), locale, phone);
}
