namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// The built-in recognizer (DESIGN.md "Natural language"): every entity recognizer over the message, overlaps settled
/// by precedence, then the intent. No network, no per-call regex construction, a handful of small allocations a turn.
/// </summary>
public sealed class BilingualRecognizer : IRecognizer
{
    /// <summary>
    /// Most specific first; a later entity overlapping an earlier one is dropped (the digits of a ticket, VIN or
    /// mobile are not numbers, and the "4/5" of a survey answer is not a date).
    /// </summary>
    private readonly IEntityRecognizer[] _recognizers;

    public BilingualRecognizer(TimeZoneInfo? timeZone = null)
    {
        DateTime = new DateTimeRecognizer(timeZone);
        _recognizers =
        [
            new TicketRecognizer(),
            new VinRecognizer(),
            new MobileRecognizer(),
            new PlateRecognizer(),
            new SurveyScoreRecognizer(),
            DateTime,
            new NumberEntityRecognizer(),
        ];
    }

    public DateTimeRecognizer DateTime { get; }

    public TimeZoneInfo TimeZone => DateTime.TimeZone;

    public RecognizerResult Recognize(string? text, string? locale, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return RecognizerResult.Empty;
        }

        var input = RecognitionInput.Create(text, locale, now, TimeZone);
        var entities = new List<RecognizedEntity>();
        var candidates = new List<RecognizedEntity>();
        foreach (var recognizer in _recognizers)
        {
            candidates.Clear();
            recognizer.Collect(input, candidates);
            foreach (var candidate in candidates)
            {
                if (!Overlaps(entities, candidate))
                {
                    entities.Add(candidate);
                }
            }
        }

        entities.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var (intent, score) = IntentRecognizer.Recognize(input.Folded, entities);
        return new RecognizerResult(intent, score, entities);
    }

    private static bool Overlaps(List<RecognizedEntity> kept, RecognizedEntity candidate)
    {
        foreach (var entity in kept)
        {
            if (candidate.Start < entity.End && entity.Start < candidate.End)
            {
                return true;
            }
        }

        return false;
    }
}
