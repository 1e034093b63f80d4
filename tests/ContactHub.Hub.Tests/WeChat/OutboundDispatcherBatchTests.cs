using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Hub.Outbound;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactHub.Hub.Tests.WeChat;

/// <summary>
/// The outbound path's batch mode, added for WeChat (issue 4): a batch channel gets a turn's replies in one call, after
/// the send rules; other channels still get them one by one.
/// </summary>
public sealed class OutboundDispatcherBatchTests
{
    private static readonly ConversationKey To = new(BatchChannel.Id, "u1");

    [Fact]
    public async Task BatchChannelGetsAllRepliesOfATurnInOneCallInOrder()
    {
        var channel = new BatchChannel();
        var dispatcher = new OutboundDispatcher([channel], NullLogger<OutboundDispatcher>.Instance);

        var results = await dispatcher.SendTurnAsync(To, [Reply("一"), Reply("二"), Reply("三")], CancellationToken.None);

        var call = Assert.Single(channel.Calls);
        Assert.Equal(["一", "二", "三"], call.Select(a => a.Text), StringComparer.Ordinal);
        Assert.All(results, r => Assert.True(r.Accepted));
    }

    [Fact]
    public async Task ARefusedReplyKeepsItsPlaceAndTheBatchGetsOnlyTheOthers()
    {
        var channel = new BatchChannel();
        var dispatcher = new OutboundDispatcher([channel], NullLogger<OutboundDispatcher>.Instance);
        var note = Reply("内部备注") with { ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, bool>(StringComparer.Ordinal) { ["private"] = true }) };

        var results = await dispatcher.SendTurnAsync(To, [Reply("一"), note, Reply("三")], CancellationToken.None);

        Assert.Equal(["一", "三"], Assert.Single(channel.Calls).Select(a => a.Text), StringComparer.Ordinal);
        Assert.True(results[0].Accepted);
        Assert.False(results[1].Accepted);
        Assert.True(results[1].Permanent);
        Assert.Equal("sent-三", results[2].ChannelMessageId);
    }

    [Fact]
    public async Task ABatchThatThrowsBecomesRetryableFailuresForEveryReply()
    {
        var channel = new BatchChannel { Throw = true };
        var dispatcher = new OutboundDispatcher([channel], NullLogger<OutboundDispatcher>.Instance);

        var results = await dispatcher.SendTurnAsync(To, [Reply("一"), Reply("二")], CancellationToken.None);

        Assert.All(results, r => Assert.False(r.Accepted || r.Permanent));
    }

    private static Activity Reply(string text) => Activity.CreateMessage(text) with { From = new ChannelAccount { Id = "bot", Role = "bot" } };

    private sealed class BatchChannel : IBatchChannelAdapter
    {
        public const string Id = "batch";

        public List<IReadOnlyList<Activity>> Calls { get; } = [];

        public bool Throw { get; init; }

        public string ChannelId => Id;

        public Task<ChannelSendResult> SendAsync(ConversationKey to, Activity activity, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A batch channel is sent whole turns.");

        public Task<IReadOnlyList<ChannelSendResult>> SendTurnAsync(ConversationKey to, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
        {
            if (Throw)
            {
                throw new HttpRequestException("channel down");
            }

            Calls.Add(activities);
            return Task.FromResult<IReadOnlyList<ChannelSendResult>>([.. activities.Select(a => ChannelSendResult.Ok("sent-" + a.Text))]);
        }
    }
}
