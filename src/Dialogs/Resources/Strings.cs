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

    /// <summary>Sent when an agent closes a conversation, before the survey when the outcome calls for one.</summary>
    public static string DeskClosed(string locale) => Get(nameof(DeskClosed), locale);

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

    public static string SurveyIntroService(string locale) => Get(nameof(SurveyIntroService), locale);

    public static string SurveyIntroSales(string locale) => Get(nameof(SurveyIntroSales), locale);

    public static string SurveyAskServiceOverall(string locale) => Get(nameof(SurveyAskServiceOverall), locale);

    public static string SurveyAskAdvisor(string locale) => Get(nameof(SurveyAskAdvisor), locale);

    public static string SurveyAskRepairQuality(string locale) => Get(nameof(SurveyAskRepairQuality), locale);

    public static string SurveyAskTimeliness(string locale) => Get(nameof(SurveyAskTimeliness), locale);

    public static string SurveyAskSalesOverall(string locale) => Get(nameof(SurveyAskSalesOverall), locale);

    public static string SurveyAskSalesConsultant(string locale) => Get(nameof(SurveyAskSalesConsultant), locale);

    public static string SurveyAskDelivery(string locale) => Get(nameof(SurveyAskDelivery), locale);

    public static string SurveyAskNps(string locale) => Get(nameof(SurveyAskNps), locale);

    public static string SurveyAskComment(string locale) => Get(nameof(SurveyAskComment), locale);

    public static string SurveyRatingRetry(string locale) => Get(nameof(SurveyRatingRetry), locale);

    public static string SurveyNpsRetry(string locale) => Get(nameof(SurveyNpsRetry), locale);

    public static string SurveyThanks(string locale) => Get(nameof(SurveyThanks), locale);

    public static string SurveyStopped(string locale) => Get(nameof(SurveyStopped), locale);

    public static string SurveyNoCustomer(string locale) => Get(nameof(SurveyNoCustomer), locale);

    public static string SurveyLowScoreOffer(string locale) => Get(nameof(SurveyLowScoreOffer), locale);

    public static string SurveyChoiceComplaint(string locale) => Get(nameof(SurveyChoiceComplaint), locale);

    public static string SurveyChoiceCallback(string locale) => Get(nameof(SurveyChoiceCallback), locale);

    public static string SurveyChoiceNoThanks(string locale) => Get(nameof(SurveyChoiceNoThanks), locale);

    public static string SurveyNoThanks(string locale) => Get(nameof(SurveyNoThanks), locale);

    public static string SurveyComplaintContext(string locale, string scores) => Format(nameof(SurveyComplaintContext), locale, scores);

    public static string HandoffRequested(string locale) => Get(nameof(HandoffRequested), locale);

    /// <summary>Said instead of the bot's own answer when messages it could not understand send the conversation to an agent.</summary>
    public static string HandoffNotUnderstood(string locale) => Get(nameof(HandoffNotUnderstood), locale);

    public static string CallbackPromised(string locale) => Get(nameof(CallbackPromised), locale);

    public static string ComplaintAskDescription(string locale) => Get(nameof(ComplaintAskDescription), locale);

    public static string ComplaintConfirmCategory(string locale, string category) => Format(nameof(ComplaintConfirmCategory), locale, category);

    public static string ComplaintCategoryCorrect(string locale) => Get(nameof(ComplaintCategoryCorrect), locale);

    public static string ComplaintCategoryServiceQuality(string locale) => Get(nameof(ComplaintCategoryServiceQuality), locale);

    public static string ComplaintCategoryRepairQuality(string locale) => Get(nameof(ComplaintCategoryRepairQuality), locale);

    public static string ComplaintCategoryParts(string locale) => Get(nameof(ComplaintCategoryParts), locale);

    public static string ComplaintCategoryPrice(string locale) => Get(nameof(ComplaintCategoryPrice), locale);

    public static string ComplaintCategorySales(string locale) => Get(nameof(ComplaintCategorySales), locale);

    public static string ComplaintCategoryAttitude(string locale) => Get(nameof(ComplaintCategoryAttitude), locale);

    public static string ComplaintCategoryOther(string locale) => Get(nameof(ComplaintCategoryOther), locale);

    public static string ComplaintOpened(string locale, string ticket, string hours) => Format(nameof(ComplaintOpened), locale, ticket, hours);

    public static string ComplaintEscalated(string locale) => Get(nameof(ComplaintEscalated), locale);

    public static string ComplaintSafetyAdvice(string locale) => Get(nameof(ComplaintSafetyAdvice), locale);

    public static string ComplaintAskTicket(string locale) => Get(nameof(ComplaintAskTicket), locale);

    public static string ComplaintTicketRetry(string locale) => Get(nameof(ComplaintTicketRetry), locale);

    public static string ComplaintTicketNotFound(string locale, string ticket) => Format(nameof(ComplaintTicketNotFound), locale, ticket);

    public static string ComplaintStatusReport(string locale, string ticket, string category, string status, string due) => Format(nameof(ComplaintStatusReport), locale, ticket, category, status, due);

    public static string ComplaintLatestEvent(string locale, string at, string text) => Format(nameof(ComplaintLatestEvent), locale, at, text);

    public static string ComplaintStatusOpen(string locale) => Get(nameof(ComplaintStatusOpen), locale);

    public static string ComplaintStatusInProgress(string locale) => Get(nameof(ComplaintStatusInProgress), locale);

    public static string ComplaintStatusAwaitingCustomer(string locale) => Get(nameof(ComplaintStatusAwaitingCustomer), locale);

    public static string ComplaintStatusResolved(string locale) => Get(nameof(ComplaintStatusResolved), locale);

    public static string ComplaintStatusClosed(string locale) => Get(nameof(ComplaintStatusClosed), locale);

    public static string BindAskMobile(string locale) => Get(nameof(BindAskMobile), locale);

    public static string BindMobileRetry(string locale) => Get(nameof(BindMobileRetry), locale);

    public static string BindCodeSent(string locale, string mobile, string minutes) => Format(nameof(BindCodeSent), locale, mobile, minutes);

    public static string BindCodeRetry(string locale) => Get(nameof(BindCodeRetry), locale);

    public static string BindCodeWrong(string locale, string triesLeft) => Format(nameof(BindCodeWrong), locale, triesLeft);

    public static string BindCodeNoTriesLeft(string locale) => Get(nameof(BindCodeNoTriesLeft), locale);

    public static string BindCodeExpired(string locale) => Get(nameof(BindCodeExpired), locale);

    public static string BindAskResend(string locale) => Get(nameof(BindAskResend), locale);

    public static string BindRateLimited(string locale, string wait) => Format(nameof(BindRateLimited), locale, wait);

    public static string BindSendFailed(string locale) => Get(nameof(BindSendFailed), locale);

    public static string BindSucceeded(string locale, string name) => Format(nameof(BindSucceeded), locale, name);

    public static string BindNoCustomer(string locale) => Get(nameof(BindNoCustomer), locale);

    public static string BindGaveUp(string locale) => Get(nameof(BindGaveUp), locale);

    public static string DurationSeconds(string locale, string count) => Format(nameof(DurationSeconds), locale, count);

    public static string DurationMinutes(string locale, string count) => Format(nameof(DurationMinutes), locale, count);
    public static string SmsOptedOut(string locale) => Get(nameof(SmsOptedOut), locale);

    public static string SmsOptedIn(string locale) => Get(nameof(SmsOptedIn), locale);

    public static string SmsHelp(string locale, string dealerName, string phone) => Format(nameof(SmsHelp), locale, dealerName, phone);

    public static string VerificationCode(string locale, string code) => Format(nameof(VerificationCode), locale, code);

    public static string Get(string name, string locale) =>
        Resources.GetString(name, DialogLocale.CultureFor(locale))
        ?? throw new InvalidOperationException($"Resource string '{name}' is missing.");

    private static string Format(string name, string locale, params object?[] args) =>
        string.Format(DialogLocale.CultureFor(locale), Get(name, locale), args);

    public static string ThanksReply(string locale) => Get(nameof(ThanksReply), locale);

    public static string OfferHandoff(string locale) => Get(nameof(OfferHandoff), locale);

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

    public static string CampaignAppointmentReminder(string locale, string dealerName, string time, string vehicle, string service, string address) => Format(nameof(CampaignAppointmentReminder), locale, dealerName, time, vehicle, service, address);

    public static string CampaignServiceSurvey(string locale, string dealerName, string vehicle, string service) => Format(nameof(CampaignServiceSurvey), locale, dealerName, vehicle, service);

    public static string CampaignSalesSurvey(string locale, string dealerName, string vehicle) => Format(nameof(CampaignSalesSurvey), locale, dealerName, vehicle);
}
