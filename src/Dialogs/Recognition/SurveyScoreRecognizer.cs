using System.Collections.Frozen;
using System.Globalization;

namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// A survey answer that is the whole message: a number 0–10 (a 1–5 rating or NPS), optionally with 分/星/stars or
/// "/5" and "out of 10"; a Chinese numeral (五, 十分 is not one); stars (★★★★, ⭐⭐⭐); emoji (👍 = 5, 😡 = 1); or a
/// satisfaction word (非常满意 = 5, 满意 = 4, 一般 = 3, 不满意 = 2, 很差 = 1). A sentence that merely contains such a
/// word ("你们服务太差了") is not an answer; the intent rules read it as a complaint.
/// 好 / ok are left out on purpose: they are acknowledgements far more often than ratings.
/// </summary>
public sealed class SurveyScoreRecognizer : IEntityRecognizer
{
    private static readonly FrozenDictionary<string, int> Words = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["非常满意"] = 5, ["很满意"] = 5, ["特别满意"] = 5, ["十分满意"] = 5, ["超级满意"] = 5, ["完美"] = 5, ["非常好"] = 5, ["很好"] = 5, ["棒"] = 5, ["很棒"] = 5,
        ["满意"] = 4, ["比较满意"] = 4, ["挺满意"] = 4, ["还算满意"] = 4, ["不错"] = 4, ["挺好"] = 4, ["还不错"] = 4,
        ["一般"] = 3, ["一般般"] = 3, ["还行"] = 3, ["还可以"] = 3, ["凑合"] = 3, ["马马虎虎"] = 3, ["普通"] = 3,
        ["不满意"] = 2, ["不太满意"] = 2, ["不怎么样"] = 2, ["差"] = 2, ["较差"] = 2, ["不好"] = 2,
        ["很差"] = 1, ["非常不满意"] = 1, ["很不满意"] = 1, ["太差"] = 1, ["非常差"] = 1, ["极差"] = 1, ["特别差"] = 1, ["很烂"] = 1, ["垃圾"] = 1,
        ["excellent"] = 5, ["very satisfied"] = 5, ["very good"] = 5, ["great"] = 5, ["perfect"] = 5, ["amazing"] = 5,
        ["satisfied"] = 4, ["good"] = 4, ["pretty good"] = 4,
        ["average"] = 3, ["so-so"] = 3, ["so so"] = 3, ["fair"] = 3, ["neutral"] = 3,
        ["dissatisfied"] = 2, ["unsatisfied"] = 2, ["poor"] = 2, ["bad"] = 2, ["not satisfied"] = 2,
        ["very dissatisfied"] = 1, ["very bad"] = 1, ["terrible"] = 1, ["awful"] = 1, ["very poor"] = 1, ["horrible"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Emoji = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["👍"] = 5, ["😍"] = 5, ["🥰"] = 5, ["😀"] = 5, ["😄"] = 5, ["😁"] = 5, ["❤"] = 5, ["❤️"] = 5, ["💯"] = 5,
        ["🙂"] = 4, ["😊"] = 4, ["👌"] = 4,
        ["😐"] = 3, ["😑"] = 3,
        ["🙁"] = 2, ["☹"] = 2, ["☹️"] = 2, ["😞"] = 2, ["😕"] = 2,
        ["👎"] = 1, ["😡"] = 1, ["😠"] = 1, ["🤬"] = 1, ["💩"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] Suffixes = ["颗星", "星", "分", "stars", "star", "points", "/10", "/5", "out of 10", "out of 5"];

    public void Collect(in RecognitionInput input, List<RecognizedEntity> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var folded = input.Folded.AsSpan();
        var core = folded.Trim().TrimEnd("。.!！~～了啊呀吧的");
        core = core.TrimEnd().TrimEnd("。.!！~～了啊呀吧的");
        if (core.IsEmpty || !TryScore(core, out var score))
        {
            return;
        }

        var start = folded.IndexOf(core);
        found.Add(input.Entity(EntityTypes.Score, start, core.Length, score.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Reads a whole, already folded answer as a score: 1–5 for words, stars and emoji, 0–10 for numbers.</summary>
    public static bool TryScore(ReadOnlySpan<char> answer, out int score)
    {
        score = 0;
        var words = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (words.TryGetValue(answer, out score) || Emoji.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(answer, out score))
        {
            return true;
        }

        return TryStars(answer, out score) || TryNumber(answer, out score);
    }

    private static bool TryStars(ReadOnlySpan<char> answer, out int score)
    {
        score = 0;
        for (var i = 0; i < answer.Length; i++)
        {
            if (answer[i] is '★' or '⭐')
            {
                score++;
            }
            else if (answer[i..].StartsWith("🌟", StringComparison.Ordinal))
            {
                score++;
                i++;
            }
            else if (answer[i] is not ('\uFE0F' or ' '))
            {
                // U+FE0F is the emoji variation selector some keyboards append to ⭐.
                return false;
            }
        }

        return score is >= 1 and <= 5;
    }

    private static bool TryNumber(ReadOnlySpan<char> answer, out int score)
    {
        score = -1;
        var core = answer.StartsWith("打") || answer.StartsWith("给") ? answer[1..].TrimStart() : answer;
        foreach (var suffix in Suffixes)
        {
            if (core.EndsWith(suffix, StringComparison.Ordinal))
            {
                core = core[..^suffix.Length].TrimEnd();
                break;
            }
        }

        if (core.Length is 0 or > 3 || core.Contains('点') || !ChineseNumber.TryParse(core, out var value) || value != decimal.Truncate(value))
        {
            return false;
        }

        score = (int)value;
        return score is >= 0 and <= 10;
    }
}
