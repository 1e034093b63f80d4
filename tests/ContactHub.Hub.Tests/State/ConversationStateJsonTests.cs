using System.Text;
using System.Text.Json.Nodes;
using ContactHub.Hub.State;
using StackExchange.Redis;

namespace ContactHub.Hub.Tests.State;

/// <summary>
/// A conversation with an agent reads its handoff as a value of its own (StandaloneJsonConverter, issue 8). What the
/// hub stored before reads the same and is stored again unchanged.
/// </summary>
public sealed class ConversationStateJsonTests
{
    private const string WithAgent = """
        {"mode":1,"dialogs":{"stack":[]},"locale":"zh-CN","lastActivityAt":"2026-11-27T23:52:44.1234978+00:00","turnCount":11,
         "handoff":{"reason":"bot-not-understood","summary":"[预约/appointment] 13900000031 / 常规保养","requestedAt":"2026-11-27T23:52:43.6314749+00:00",
           "agent":"wang","claimedAt":"2026-11-27T23:53:00+00:00","lastNoticeAt":"2026-11-27T23:52:43.6314749+00:00"},"recognizerFailures":2}
        """;

    [Fact]
    public void AConversationWithAnAgentReadsItsHandoffAndIsStoredAgainUnchanged()
    {
        var loaded = RedisStateHash.Parse(3, Encoding.UTF8.GetBytes(WithAgent));

        var handoff = loaded.State.Handoff!;
        Assert.Equal(("bot-not-understood", "[预约/appointment] 13900000031 / 常规保养", "wang"), (handoff.Reason, handoff.Summary, handoff.Agent));
        Assert.Equal(DateTimeOffset.Parse("2026-11-27T23:52:43.6314749Z", System.Globalization.CultureInfo.InvariantCulture), handoff.RequestedAt);
        Assert.Equal(DateTimeOffset.Parse("2026-11-27T23:53:00Z", System.Globalization.CultureInfo.InvariantCulture), handoff.ClaimedAt);
        Assert.Equal((ConversationMode.Queued, 11L, 2), (loaded.State.Mode, loaded.State.TurnCount, loaded.State.RecognizerFailures));
        AssertSameJson(WithAgent, StoredJson.Serialize(loaded.State, HubJsonContext.Default.ConversationState));
    }

    [Theory]
    [InlineData("""{"mode":0,"dialogs":{"stack":[]},"turnCount":1,"recognizerFailures":0}""")]
    [InlineData("""{"mode":1,"dialogs":{"stack":[]},"turnCount":1,"handoff":{"reason":"customer-request","requestedAt":"2026-11-27T08:00:00+00:00"},"recognizerFailures":0}""")]
    public void AHandoffLeftOutOrWithOnlyItsRequiredFieldsIsStoredAsItWasRead(string stored)
    {
        var loaded = RedisStateHash.Parse(1, Encoding.UTF8.GetBytes(stored));

        AssertSameJson(stored, StoredJson.Serialize(loaded.State, HubJsonContext.Default.ConversationState));
    }

    [Fact]
    public void ANullHandoffReadsAsNone() =>
        Assert.Null(RedisStateHash.Parse(1, Encoding.UTF8.GetBytes("""{"mode":0,"handoff":null}""")).State.Handoff);

    private static void AssertSameJson(string expected, byte[] actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), Encoding.UTF8.GetString(actual));
}
