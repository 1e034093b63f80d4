namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// A message as entity recognizers read it: the original <see cref="Text"/> and its <see cref="Folded"/> form
/// (same length, so offsets into one are offsets into the other; see <see cref="TextNormalizer.Fold"/>).
/// <see cref="Now"/> is already in the dealer's time zone.
/// </summary>
public readonly record struct RecognitionInput(string Text, string Folded, string Locale, DateTimeOffset Now)
{
    public static RecognitionInput Create(string? text, string? locale, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var original = text ?? "";
        return new RecognitionInput(original, TextNormalizer.Fold(original), locale ?? Runtime.DialogLocale.Chinese, TimeZoneInfo.ConvertTime(now, timeZone));
    }

    public RecognizedEntity Entity(string type, int start, int length, string value) =>
        new(type, Text.Substring(start, length), value, start, length);
}
