namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// Date-times in Chinese and English (明天下午三点, 下周二上午, 11月30号10点, "tomorrow 3pm", "next Tuesday morning",
/// "Nov 30 10am"), relative to now in the dealer's time zone (Asia/Shanghai unless configured). Pieces that stand next
/// to each other (a day, a part of day, a time, in any order, joined by nothing, a space, 的, "at" or "on") make one
/// date-time; see <see cref="DateTimeResolver"/> for defaults and rolling forward.
/// </summary>
public sealed class DateTimeRecognizer(TimeZoneInfo? timeZone = null) : IEntityRecognizer
{
    private static readonly Comparison<DateTimeToken> ByPosition = static (a, b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    public TimeZoneInfo TimeZone { get; } = timeZone ?? DealerTimeZone.Default;

    public IReadOnlyList<DateTimeMatch> FindAll(string? text, string? locale, DateTimeOffset now)
    {
        var found = new List<DateTimeMatch>();
        Find(RecognitionInput.Create(text, locale, now, TimeZone), found);
        return found;
    }

    public void Collect(in RecognitionInput input, List<RecognizedEntity> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var matches = new List<DateTimeMatch>();
        Find(input, matches);
        foreach (var match in matches)
        {
            found.Add(input.Entity(EntityTypes.DateTime, match.Start, match.Length, match.Value) with { Inferred = match.TimeInferred });
        }
    }

    private void Find(in RecognitionInput input, List<DateTimeMatch> found)
    {
        var tokens = new List<DateTimeToken>();
        ChineseDateTimeTokens.Collect(input.Folded, tokens);
        EnglishDateTimeTokens.Collect(input.Folded, input.Locale, tokens);
        if (tokens.Count == 0)
        {
            return;
        }

        tokens.Sort(ByPosition);
        var current = tokens[0];
        for (var i = 1; i < tokens.Count; i++)
        {
            var next = tokens[i];
            if (next.Start < current.End)
            {
                continue;
            }

            if (IsConnector(input.Folded.AsSpan(current.End, next.Start - current.End)) && current.TryMerge(next, out var merged))
            {
                current = merged;
                continue;
            }

            Add(current, input, found);
            current = next;
        }

        Add(current, input, found);
    }

    private void Add(in DateTimeToken token, in RecognitionInput input, List<DateTimeMatch> found)
    {
        if (DateTimeResolver.Resolve(token, input.Now, TimeZone) is { } match)
        {
            found.Add(match);
        }
    }

    private static bool IsConnector(ReadOnlySpan<char> gap)
    {
        gap = gap.Trim(" ,，");
        return gap.IsEmpty || gap is "的" or "at" or "on" or "in the" or "around" or "about" or "大概" or "大约" or "约";
    }
}
