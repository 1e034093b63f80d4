using System.Text;

namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// Puts user input in the form recognizers compare against: NFKC (full-width "１２" and "ＯＫ" become "12" and "OK",
/// as Chinese IMEs often send), trimmed of spaces and trailing punctuation, lower-cased.
/// </summary>
public static class TextNormalizer
{
    private static readonly char[] EdgePunctuation = [' ', '.', ',', '!', '?', ';', ':', '~', '。', '！', '？', '，', '、', '…', '～', '"', '“', '”'];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        return text.Normalize(NormalizationForm.FormKC).Trim().Trim(EdgePunctuation).ToLowerInvariant();
    }
}
