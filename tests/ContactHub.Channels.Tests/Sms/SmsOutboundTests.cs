using ContactHub.Channels.Sms;

namespace ContactHub.Channels.Tests.Sms;

public sealed class SmsOutboundTests
{
    private const string ReminderZh = "王先生您好，您的帕萨特已行驶约5000公里，该做首次保养了。";

    private static Activity Message(string text, string? locale = "zh-CN", params string[] actions) => new()
    {
        Text = text,
        Locale = locale,
        SuggestedActions = actions.Length == 0 ? null : SuggestedActions.Of(actions),
    };

    [Fact]
    public void SendsShortTextAsOneMessageUnchanged() =>
        Assert.Equal([ReminderZh], new SmsOutbound().Render(Message(ReminderZh)));

    [Fact]
    public void SendsNothingForAnEmptyActivity() =>
        Assert.Empty(new SmsOutbound().Render(new Activity { Text = "  " }));

    [Fact]
    public void RendersSuggestedActionsAsANumberedChineseLine() =>
        Assert.Equal(
            [$"{ReminderZh}\n回复 1 预约 / 2 稍后提醒 / 3 不需要"],
            new SmsOutbound().Render(Message(ReminderZh, "zh-CN", "预约", "稍后提醒", "不需要")));

    [Fact]
    public void RendersSuggestedActionsAsANumberedEnglishLine() =>
        Assert.Equal(
            ["Your Passat is due for its first service.\nReply 1 Book / 2 Later"],
            new SmsOutbound().Render(Message("Your Passat is due for its first service.", "en", "Book", "Later")));

    [Fact]
    public void SplitsLongChineseTextAtSentenceEndsWithinTheSegmentLimit()
    {
        var text = string.Concat(Enumerable.Range(1, 12).Select(i => $"第{i}条：请携带行驶证和保养手册到店，我们会为您安排专属顾问接待。"));
        var outbound = new SmsOutbound(maxSegments: 2);

        var messages = outbound.Render(Message(text));

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.True(SmsSegments.Count(m).Segments <= 2, $"{SmsSegments.Count(m)}: {m}"));
        Assert.All(messages, m => Assert.EndsWith("。", m, StringComparison.Ordinal));
        Assert.Equal(text, string.Concat(messages));
    }

    [Fact]
    public void UsesFourSegmentsPerMessageByDefault()
    {
        var text = string.Concat(Enumerable.Repeat("您的车辆保养预约已确认，请准时到店。", 40));

        var messages = new SmsOutbound().Render(Message(text));

        Assert.All(messages, m => Assert.InRange(SmsSegments.Count(m).Segments, 3, 4));
        Assert.Equal(text, string.Concat(messages));
    }

    [Fact]
    public void SplitsEnglishAtSentenceEndsButNotInsideNumbersOrLinks()
    {
        var text = string.Join(' ', Enumerable.Repeat("Oil change costs 3.5 hours less at https://dealer.example.com/offer. Book now!", 8));

        var messages = new SmsOutbound(maxSegments: 1).Render(Message(text, "en"));

        Assert.All(messages, m => Assert.Equal(new SmsSegmentCount(SmsEncoding.Gsm7, m.Length, 1), SmsSegments.Count(m)));
        Assert.All(messages, m => Assert.Matches("^Oil change.*(offer\\.|now!)$", m));
        Assert.Contains(messages, m => m.Contains("3.5 hours", StringComparison.Ordinal));
        Assert.Equal(text, string.Join(' ', messages));
    }

    [Fact]
    public void KeepsTheNumberedLineWholeInTheLastMessage()
    {
        var text = string.Concat(Enumerable.Repeat("您的车辆保养预约已确认，请准时到店。", 10));

        var messages = new SmsOutbound(maxSegments: 1).Render(Message(text, "zh-CN", "确认", "改期"));

        Assert.Equal("回复 1 确认 / 2 改期", messages[^1].Split('\n')[^1]);
        Assert.All(messages, m => Assert.Equal(1, SmsSegments.Count(m).Segments));
    }

    [Fact]
    public void CutsASentenceLongerThanTheLimitBetweenCharacters()
    {
        var text = string.Concat(Enumerable.Repeat("保养", 100)) + "😀";

        var messages = new SmsOutbound(maxSegments: 1).Render(Message(text));

        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.Equal(1, SmsSegments.Count(m).Segments));
        Assert.Equal(text, string.Concat(messages));
    }

    [Fact]
    public void ShortensToOneMessageEndingInTheLinkWhenALinkIsGiven()
    {
        var text = string.Concat(Enumerable.Range(1, 12).Select(i => $"第{i}条：请携带行驶证和保养手册到店。"));
        var link = new Uri("https://dealer.example.com/r/8Kx2");

        var messages = new SmsOutbound(maxSegments: 2).Render(Message(text), link);

        var message = Assert.Single(messages);
        Assert.True(SmsSegments.Count(message).Segments <= 2);
        Assert.StartsWith("第1条：请携带行驶证和保养手册到店。", message, StringComparison.Ordinal);
        Assert.EndsWith("。… https://dealer.example.com/r/8Kx2", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortensEnglishWithAnAsciiEllipsisSoItStaysGsm7()
    {
        var text = string.Join(' ', Enumerable.Repeat("Your service appointment is confirmed for Tuesday.", 10));

        var message = Assert.Single(new SmsOutbound(maxSegments: 1).Render(Message(text, "en", "OK"), new Uri("https://d.example.com/a")));

        Assert.Equal(new SmsSegmentCount(SmsEncoding.Gsm7, message.Length, 1), SmsSegments.Count(message));
        Assert.EndsWith("Tuesday.... https://d.example.com/a\nReply 1 OK", message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAZeroSegmentLimit() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmsOutbound(0));
}
