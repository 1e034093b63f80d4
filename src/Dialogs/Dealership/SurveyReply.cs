using System.Collections.Frozen;
using System.Runtime.InteropServices;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// How a customer's message answers one survey question: a score (through <see cref="SurveyScoreRecognizer"/>), a
/// comment, "skip this one" or "stop the survey". 取消/cancel is not here: the Hub's global commands cancel any dialog.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct SurveyReply(SurveyReplyKind Kind, int? Score = null)
{
    private static readonly FrozenSet<string> SkipWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "跳过", "跳过这题", "下一题", "下一个", "不清楚", "不知道", "不好说", "说不好", "没有", "没有了", "无", "没", "pass",
        "skip", "next", "don't know", "dont know", "not sure", "no comment", "none", "nothing");

    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "不想答了", "不想回答", "不想回答了", "不答了", "不做了", "别问了", "不要问了", "结束", "结束回访", "停止", "没空", "没时间", "以后再说",
        "stop", "quit", "end", "end survey", "stop survey", "no more", "not now");

    public static SurveyReply Read(string? text, SurveyQuestionKind kind)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (StopWords.Contains(normalized))
        {
            return new(SurveyReplyKind.Stop);
        }

        if (SkipWords.Contains(normalized))
        {
            return new(SurveyReplyKind.Skip);
        }

        return kind switch
        {
            SurveyQuestionKind.Comment => normalized.Length > 0 ? new(SurveyReplyKind.Text) : default,
            SurveyQuestionKind.Nps => ReadNps(normalized),
            _ => SurveyScoreRecognizer.TryScore(normalized, out var score) && score is >= 1 and <= 5 ? new(SurveyReplyKind.Score, score) : default,
        };
    }

    /// <summary>NPS is a number 0–10 only: a satisfaction word or five stars is a 1–5 rating and means nothing on this scale.</summary>
    private static SurveyReply ReadNps(string normalized)
    {
        var startsWithNumber = normalized.Length > 0 && (char.IsAsciiDigit(normalized[0]) || "零〇一二两三四五六七八九十打给".Contains(normalized[0], StringComparison.Ordinal));
        return startsWithNumber && SurveyScoreRecognizer.TryScore(normalized, out var score) ? new(SurveyReplyKind.Score, score) : default;
    }
}
