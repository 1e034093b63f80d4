using System.Collections.Frozen;
using System.Text;

namespace ContactHub.Dialogs.Recognition;

/// <summary>Yes or no in zh and en. "1"/"2" count too: SMS and WeChat render the prompt's [是, 否] buttons as "回复 1 是 / 2 否".</summary>
public static class ConfirmRecognizer
{
    private static readonly FrozenSet<string> Yes = FrozenSet.Create(
        StringComparer.Ordinal,
        "1", "是", "是的", "好", "好的", "好啊", "好吧", "对", "对的", "可以", "行", "嗯", "嗯嗯", "要", "需要", "确认", "确定", "同意", "没问题",
        "好滴", "行吧", "可以的", "没问题的", "就这样", "就这么定了",
        "yes", "y", "ok", "okay", "sure", "yep", "yeah", "confirm", "yes please", "sounds good");

    private static readonly FrozenSet<string> No = FrozenSet.Create(
        StringComparer.Ordinal,
        "2", "不", "否", "不是", "不用", "不要", "算了", "不行", "不需要", "不用了", "不可以", "不对", "不同意", "暂时不用",
        "不了", "先不了", "不约了", "算了不约了", "先不约了", "不必了", "没必要", "下次吧", "以后再说", "再说吧",
        "no", "n", "nope", "no thanks", "no thank you", "not now", "nah", "never mind", "maybe later");

    private static readonly char[] TrailingParticles = ['吧', '啊', '呀', '哦', '啦', '呢', '嘛'];

    public static bool? Recognize(string? text)
    {
        var normalized = Compact(TextNormalizer.Normalize(text));
        return Lookup(normalized) ?? Lookup(normalized.TrimEnd(TrailingParticles));
    }

    private static bool? Lookup(string normalized)
    {
        if (Yes.Contains(normalized))
        {
            return true;
        }

        return No.Contains(normalized) ? false : null;
    }

    /// <summary>"算了，不约了" and "no, thanks" match their listed forms: inner punctuation goes, spaces collapse to one.</summary>
    private static string Compact(string text)
    {
        if (!text.Any(c => char.IsPunctuation(c) || char.IsWhiteSpace(c)))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else if (!char.IsPunctuation(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
