using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// Picks a choice, most certain match first: the exact title or a synonym; a position ("2", "第二个", "second");
/// then a title or synonym contained in a longer message ("我想预约保养"), but only when exactly one choice fits.
/// </summary>
public static class ChoiceRecognizer
{
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        return FindExact(normalized, choices) ?? FindByPosition(normalized, choices) ?? FindContained(normalized, choices);
    }

    private static FoundChoice? FindExact(string normalized, IReadOnlyList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (AnyName(choices[i], normalized, static (name, text) => string.Equals(name, text, StringComparison.Ordinal)))
            {
                return new FoundChoice(choices[i].Value, i);
            }
        }

        return null;
    }

    private static FoundChoice? FindByPosition(string normalized, IReadOnlyList<Choice> choices)
    {
        var isLast = normalized is "最后一个" or "最后一项" or "last" or "the last one";
        var index = isLast ? choices.Count - 1 : Ordinal.TryParse(normalized, out var position) ? position - 1 : -1;
        return index >= 0 && index < choices.Count ? new FoundChoice(choices[index].Value, index) : null;
    }

    private static FoundChoice? FindContained(string normalized, IReadOnlyList<Choice> choices)
    {
        FoundChoice? found = null;
        for (var i = 0; i < choices.Count; i++)
        {
            // One-character names ("修") would match far too much inside a sentence.
            if (!AnyName(choices[i], normalized, static (name, text) => name.Length >= 2 && text.Contains(name, StringComparison.Ordinal)))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = new FoundChoice(choices[i].Value, i);
        }

        return found;
    }

    /// <summary>Whether the choice's title or one of its synonyms, normalized, fits <paramref name="normalized"/>.</summary>
    private static bool AnyName(Choice choice, string normalized, Func<string, string, bool> fits)
    {
        if (fits(TextNormalizer.Normalize(choice.Value), normalized))
        {
            return true;
        }

        var synonyms = choice.Synonyms ?? [];
        for (var i = 0; i < synonyms.Count; i++)
        {
            if (fits(TextNormalizer.Normalize(synonyms[i]), normalized))
            {
                return true;
            }
        }

        return false;
    }
}
