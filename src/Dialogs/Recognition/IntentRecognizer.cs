namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// Picks the intent of a message from its words and the entities already found in it. The order of the checks is the
/// policy: an exact button or command word; a whole-message survey answer; a ticket number or a complaint asked
/// about; then <see cref="IntentRules.Ordered"/>; then a greeting. Scores are fixed per rule: 1 for an exact word,
/// lower for a keyword inside a sentence, lower again for a greeting that is only the start of one.
/// </summary>
public static class IntentRecognizer
{
    private static readonly string[] GreetingStarts = ["你好", "您好", "hi ", "hello", "hey ", "在吗", "在么"];

    public static (string Intent, double Score) Recognize(string folded, IReadOnlyList<RecognizedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(folded);
        ArgumentNullException.ThrowIfNull(entities);
        var core = TextNormalizer.Normalize(folded);
        if (core.Length == 0)
        {
            return (Intents.None, 0);
        }

        if (IntentRules.Exact.TryGetValue(core, out var exact))
        {
            return (exact, 1.0);
        }

        if (Has(entities, EntityTypes.Score))
        {
            return (Intents.SurveyScore, 0.9);
        }

        var text = folded.AsSpan();
        if (Has(entities, EntityTypes.Ticket) || (IntentRules.ComplaintTopic.Matches(text) && IntentRules.ProgressWord.Matches(text)))
        {
            return (Intents.ComplaintStatus, 0.9);
        }

        foreach (var rule in IntentRules.Ordered)
        {
            if (rule.Matches(text) && !(rule.Intent == Intents.FaqPhone && Has(entities, EntityTypes.Mobile)))
            {
                return (rule.Intent, rule.Score);
            }
        }

        return RecognizeGreeting(core);
    }

    private static (string Intent, double Score) RecognizeGreeting(string core)
    {
        if (Greeting.IsGreeting(core))
        {
            return (Intents.Greeting, 1.0);
        }

        foreach (var start in GreetingStarts)
        {
            if (core.StartsWith(start, StringComparison.Ordinal))
            {
                return (Intents.Greeting, 0.6);
            }
        }

        return (Intents.None, 0);
    }

    private static bool Has(IReadOnlyList<RecognizedEntity> entities, string type)
    {
        foreach (var entity in entities)
        {
            if (string.Equals(entity.Type, type, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
