using System.Buffers;

namespace ContactHub.Dialogs.Recognition;

/// <summary>One keyword rule of <see cref="IntentRecognizer"/>: any of its keywords in the folded message means its intent.</summary>
internal sealed class IntentRule(string intent, double score, params string[] keywords)
{
    private readonly SearchValues<string> _keywords = SearchValues.Create(keywords, StringComparison.Ordinal);

    public string Intent { get; } = intent;

    public double Score { get; } = score;

    public bool Matches(ReadOnlySpan<char> folded) => folded.ContainsAny(_keywords);
}
