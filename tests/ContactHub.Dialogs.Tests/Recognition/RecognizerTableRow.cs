namespace ContactHub.Dialogs.Tests.Recognition;

public sealed record RecognizerTableRow(string File, int Line, string Locale, string Text, string Intent, string Entities);
