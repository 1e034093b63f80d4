using System.Collections.Frozen;

namespace ContactHub.Dialogs.Recognition;

/// <summary>A message that only says hello (你好, 在吗, hi). Dialogs treat it as "show me where we are", not as an answer.</summary>
public static class Greeting
{
    private static readonly FrozenSet<string> Greetings = FrozenSet.Create(
        StringComparer.Ordinal,
        "你好", "您好", "你好啊", "你好呀", "您好啊", "您好呀", "你们好", "嗨", "哈喽", "哈啰", "在吗", "在么", "在不在", "有人吗",
        "早", "早上好", "上午好", "中午好", "下午好", "晚上好",
        "hi", "hello", "hey", "hi there", "hello there", "good morning", "good afternoon", "good evening");

    public static bool IsGreeting(string? text) => Greetings.Contains(TextNormalizer.Normalize(text));
}
