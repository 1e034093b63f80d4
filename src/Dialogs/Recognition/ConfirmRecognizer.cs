using System.Collections.Frozen;

namespace ContactHub.Dialogs.Recognition;

/// <summary>Yes or no in zh and en. "1"/"2" count too: SMS and WeChat render the prompt's [是, 否] buttons as "回复 1 是 / 2 否".</summary>
public static class ConfirmRecognizer
{
    private static readonly FrozenSet<string> Yes = FrozenSet.Create(
        StringComparer.Ordinal,
        "1", "是", "是的", "好", "好的", "好啊", "好吧", "对", "对的", "可以", "行", "嗯", "嗯嗯", "要", "需要", "确认", "确定", "同意", "没问题",
        "yes", "y", "ok", "okay", "sure", "yep", "yeah", "confirm");

    private static readonly FrozenSet<string> No = FrozenSet.Create(
        StringComparer.Ordinal,
        "2", "不", "否", "不是", "不用", "不要", "算了", "不行", "不需要", "不用了", "不可以", "不对", "不同意", "暂时不用",
        "no", "n", "nope", "no thanks", "not now");

    public static bool? Recognize(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (Yes.Contains(normalized))
        {
            return true;
        }

        return No.Contains(normalized) ? false : null;
    }
}
