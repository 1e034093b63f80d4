using System.Text.Json;

namespace ContactHub.Channels.Tests;

public sealed class CardActionTests
{
    [Fact]
    public void ImBacksAreTheImBackOfEachTitle()
    {
        string[] titles = ["11月28日（周六）15:00", "常规保养", "<b>\"quoted\"</b>"];

        var actions = CardAction.ImBacks(titles);

        Assert.Equal(
            titles.Select(t => JsonSerializer.Serialize(ImBackMadeAnew(t), ChannelJsonContext.Default.CardAction)),
            actions.Select(a => JsonSerializer.Serialize(a, ChannelJsonContext.Default.CardAction)),
            StringComparer.Ordinal);
        Assert.Equal(titles, actions.Select(a => a.ReplyText()), StringComparer.Ordinal);
    }

    [Fact]
    public void ImBacksOfNoTitlesAreNone() => Assert.Empty(CardAction.ImBacks([]));

    [Fact]
    public void ATitleOfferedAgainGetsTheSameImBack()
    {
        var first = CardAction.ImBacks(["预约保养", "稍后提醒"]);

        var again = CardAction.ImBacks(["稍后提醒", "预约保养"]);

        Assert.Same(first[0], again[1]);
        Assert.Same(first[1], again[0]);
    }

    private static CardAction ImBackMadeAnew(string title) =>
        new() { Type = CardActionTypes.ImBack, Title = title, Value = JsonSerializer.SerializeToElement(title, ChannelJsonContext.Default.String) };
}
