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
            if (Names(choices[i]).Any(name => string.Equals(name, normalized, StringComparison.Ordinal)))
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
            if (!Names(choices[i]).Any(name => name.Length >= 2 && normalized.Contains(name, StringComparison.Ordinal)))
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

    private static IEnumerable<string> Names(Choice choice) =>
        (choice.Synonyms ?? []).Prepend(choice.Value).Select(TextNormalizer.Normalize);
}
