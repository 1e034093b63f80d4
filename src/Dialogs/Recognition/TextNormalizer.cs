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

        // Each step hands back its input when it changes nothing, so a message already in normal form costs no string:
        // this runs on every message and on every choice of a prompt (issue 8).
        var composed = IsOwnCompatibilityForm(text) ? text : text.Normalize(NormalizationForm.FormKC);
        var trimmed = composed.AsSpan().Trim().Trim(EdgePunctuation);
        var kept = trimmed.Length == composed.Length ? composed : new string(trimmed);
        return HasNoUpperCase(trimmed) ? kept : kept.ToLowerInvariant();
    }

    // ASCII and the CJK Unified Ideographs neither decompose nor compose under NFKC. string.Normalize would find
    // that too, but it allocates to do so on Linux.
    private static bool IsOwnCompatibilityForm(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F' && c is not (>= '\u4E00' and <= '\u9FFF'))
            {
                return false;
            }
        }

        return true;
    }

    // Surrogate pairs have cases of their own (Deseret, Osage); a text with one is lowered the ordinary way.
    private static bool HasNoUpperCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || char.ToLowerInvariant(c) != c)
            {
                return false;
            }
        }

        return true;
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
