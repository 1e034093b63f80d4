namespace ContactHub.Hub.Desk;

/// <summary>The composer's canned replies: configured under Desk:CannedReplies:{locale}, or these defaults.</summary>
public static class CannedReplies
{
    private static readonly Dictionary<string, List<string>> Defaults = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zh-CN"] =
        [
            "您好，请问有什么可以帮您？",
            "请稍等，我帮您查询一下。",
            "已为您登记，稍后服务顾问会与您电话联系。",
            "请问您的车牌号是多少？",
            "感谢您的耐心等待，还有其他可以帮您的吗？",
        ],
        ["en"] =
        [
            "Hello, how can I help you?",
            "One moment please, let me check that for you.",
            "I have noted it; a service advisor will call you shortly.",
            "Could you tell me your plate number?",
            "Thank you for waiting. Is there anything else I can help with?",
        ],
    };

    public static IReadOnlyDictionary<string, List<string>> From(DeskOptions options) =>
        options.CannedReplies.Count > 0 ? options.CannedReplies : Defaults;
}
