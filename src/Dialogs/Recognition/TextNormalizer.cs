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

    /// <summary>
    /// A length-preserving fold for pattern matching: full-width ASCII (ＡＢ１２：) becomes ASCII, the ideographic space
    /// a space, letters lower case. Unlike <see cref="Normalize"/> every character stays where it was, so an entity
    /// found in the folded text has the same offsets in the original.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                c = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' => ' ',
                    _ => c,
                };
                span[i] = char.ToLowerInvariant(c);
            }
        });
    }
}
