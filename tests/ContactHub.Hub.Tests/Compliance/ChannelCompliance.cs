using System.Net;
using ContactHub.Channels;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Records;
using ContactHub.Hub.State;

namespace ContactHub.Hub.Tests.Compliance;

/// <summary>
/// The rules every channel's webhook and send path must meet (DESIGN.md "Every webhook …", STYLE #13, after Wolverine's
/// TransportCompliance): each channel joins with one line. It lives in the Hub tests, not the Channels tests, because
/// the rules are about what the hub does with a delivery (turns, transcript, dedupe, send rules), over real HTTP.
/// </summary>
public abstract class ChannelCompliance<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ChannelComplianceFixture
{
    protected TFixture Fixture { get; } = fixture;

    [Fact]
    public async Task ABadSignatureIsRefusedAndNothingIsStored()
    {
        var user = Fixture.NewUser();
        var delivery = Fixture.NewDeliveryId();

        var response = await Fixture.PostForgedAsync(user, "你好", delivery);

        Assert.Equal(Fixture.BadSignatureStatus, response.StatusCode);
        Assert.Empty(await Fixture.TranscriptAsync(user));
        Assert.Empty(Fixture.SentTo(user));
        Assert.True(await Dedupe.TryMarkAsync(Fixture.Channel, Fixture.DedupeId(delivery), CancellationToken.None), "the forged delivery was marked as seen");
    }

    [Fact]
    public async Task AMalformedBodyGets400WithAReason()
    {
        var response = await Fixture.PostMalformedAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"detail\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADuplicateDeliveryRunsOneTurn()
    {
        var user = Fixture.NewUser();
        var delivery = Fixture.NewDeliveryId();

        var first = await Fixture.PostMessageAsync(user, "你好", delivery);
        var second = await Fixture.PostMessageAsync(user, "你好", delivery);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var transcript = await Fixture.WaitForTranscriptAsync(user, 2);
        Assert.Single(transcript, t => t.Direction == TranscriptDirection.Inbound);
        Assert.Equal(1, transcript.Count(t => t.Direction == TranscriptDirection.Outbound));
    }

    [Fact]
    public async Task RepliesThatDoNotFitTheWebhookAnswerReachTheFarSide()
    {
        var user = Fixture.NewUser();
        await Fixture.PostMessageAsync(user, "你好");

        await Fixture.PostMessageAsync(user, "门店信息");

        var sent = await Fixture.WaitForSentAsync(user, 2);
        Assert.Contains("营业时间", sent[0], StringComparison.Ordinal);
        Assert.Contains("预约保养", sent[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOptedOutRecipientIsSentNothing()
    {
        var user = Fixture.NewUser();
        await Fixture.PostMessageAsync(user, "你好");
        await Fixture.OptOutAsync(user);
        var before = Fixture.SentTo(user).Count;

        var result = await Dispatcher.SendAsync(Fixture.Key(user), Activity.CreateMessage("您的爱车该保养了。", "zh-CN"), CancellationToken.None);

        Assert.False(result.Accepted);
        Assert.True(result.Permanent);
        Assert.Equal(before, Fixture.SentTo(user).Count);
    }

    [Fact]
    public async Task LongTextIsSplitAtSentenceEndsWithinTheChannelLimit()
    {
        var user = Fixture.NewUser();
        await Fixture.PostMessageAsync(user, "你好");
        var sentences = Enumerable.Range(1, 40).Select(i => $"第{i}项：检查制动液、机油、冷却液和轮胎气压，并记录在保养手册上。").ToList();
        var text = string.Concat(sentences);

        var result = await Dispatcher.SendAsync(Fixture.Key(user), Activity.CreateMessage(text, "zh-CN"), CancellationToken.None);

        // The send returns once every part is out, so the far side holds them all now.
        Assert.True(result.Accepted, result.Error);
        var sent = Fixture.SentTo(user);
        Assert.True(sent.Count >= 2, $"{sent.Count} message(s) for {text.Length} characters");
        Assert.All(sent, part => Assert.True(Fixture.FitsOneMessage(part), $"{part.Length} characters do not fit one message"));
        Assert.All(sent, part => Assert.EndsWith("。", part, StringComparison.Ordinal));
        Assert.Equal(text, string.Concat(sent));
    }

    private OutboundDispatcher Dispatcher => Fixture.Services.GetRequiredService<OutboundDispatcher>();

    private IDedupeStore Dedupe => Fixture.Services.GetRequiredService<IDedupeStore>();
}
