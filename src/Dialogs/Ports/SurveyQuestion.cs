using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Ports;

/// <summary>
/// One survey question. The built-in questions name a key of the dialogs' Strings resources (<see cref="TextKey"/>);
/// a dealer's own question from configuration carries its text (<see cref="Text"/>, optional <see cref="TextEn"/>).
/// </summary>
public sealed record SurveyQuestion
{
    public string Id { get; init; } = "";

    public SurveyQuestionKind Kind { get; init; }

    public string? TextKey { get; init; }

    public string? Text { get; init; }

    public string? TextEn { get; init; }

    public string TextFor(string locale)
    {
        if (TextKey is not null)
        {
            return Resources.Strings.Get(TextKey, locale);
        }

        return DialogLocale.IsEnglish(locale) && !string.IsNullOrWhiteSpace(TextEn) ? TextEn : Text ?? Id;
    }
}
