namespace ContactHub.Dialogs.Recognition;

/// <summary>The intent names the built-in recognizer answers with (and the diagnostics endpoint shows).</summary>
public static class Intents
{
    public const string None = "none";
    public const string Book = "book";
    public const string Reschedule = "reschedule";
    public const string Cancel = "cancel";
    public const string ReminderBook = "reminder.book";
    public const string ReminderSnooze = "reminder.snooze";
    public const string ReminderDone = "reminder.done";
    public const string ReminderDecline = "reminder.decline";
    public const string Complaint = "complaint";
    public const string ComplaintStatus = "complaint.status";
    public const string SurveyScore = "survey.score";
    public const string Human = "human";
    public const string Bind = "bind";
    public const string Menu = "menu";
    public const string FaqHours = "faq.hours";
    public const string FaqAddress = "faq.address";
    public const string FaqPhone = "faq.phone";
    public const string Greeting = "greeting";
    public const string Thanks = "thanks";
}
