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
            titles.Select(t => JsonSerializer.Serialize(CardAction.ImBack(t), ChannelJsonContext.Default.CardAction)),
            actions.Select(a => JsonSerializer.Serialize(a, ChannelJsonContext.Default.CardAction)),
            StringComparer.Ordinal);
        Assert.Equal(titles, actions.Select(a => a.ReplyText()), StringComparer.Ordinal);
    }

    [Fact]
    public void ImBacksOfNoTitlesAreNone() => Assert.Empty(CardAction.ImBacks([]));
}
