using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactHub.Channels.WebChat;

namespace ContactHub.Channels.Tests;

/// <summary>
/// The accounts of an activity are read as values of their own (StandaloneJsonConverter, issue 8); the wire JSON is the
/// Bot Framework schema's as before, in both directions and in every context that serializes activities.
/// </summary>
public sealed class ActivityJsonTests
{
    private const string Logged = """
        {"type":"message","timestamp":"2026-11-27T23:00:00+00:00","channelId":"webchat",
         "from":{"id":"u1","name":"李女士","role":"user"},"recipient":{"id":"contacthub","name":"ContactHub","role":"bot"},
         "conversation":{"id":"c1","name":"预约"},"text":"预约","locale":"zh-CN",
         "suggestedActions":{"actions":[{"type":"imBack","title":"是","value":"是"}]},"channelData":{"clientActivityID":"a1"}}
        """;

    [Fact]
    public void AnActivityWithAccountsWritesBackAsItWasRead()
    {
        var activity = JsonSerializer.Deserialize(Logged, DirectLineJsonContext.Default.Activity)!;

        Assert.Equal(new ChannelAccount { Id = "u1", Name = "李女士", Role = "user" }, activity.From);
        Assert.Equal(new ChannelAccount { Id = "contacthub", Name = "ContactHub", Role = "bot" }, activity.Recipient);
        Assert.Equal(new ConversationAccount { Id = "c1", Name = "预约" }, activity.Conversation);
        AssertSameJson(Logged, JsonSerializer.Serialize(activity, DirectLineJsonContext.Default.Activity));
        AssertSameJson(Logged, JsonSerializer.Serialize(activity, ChannelJsonContext.Default.Activity));
    }

    [Fact]
    public void AccountsWithFieldsLeftOutOrNullReadAsTheSchemaSays()
    {
        var posted = new Utf8JsonReader(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(
            """{"type":"message","from":{"id":"load-0","extra":{"a":[1]}},"recipient":null,"conversation":{"id":"c9","name":null},"text":"hi"}""")));

        var activity = JsonSerializer.Deserialize(ref posted, DirectLineJsonContext.Default.Activity)!;

        Assert.Equal(new ChannelAccount { Id = "load-0" }, activity.From);
        Assert.Null(activity.Recipient);
        Assert.Equal(new ConversationAccount { Id = "c9" }, activity.Conversation);
        Assert.Equal("hi", activity.Text);
        Assert.Equal(
            """{"type":"message","from":{"id":"load-0"},"conversation":{"id":"c9"},"text":"hi"}""",
            JsonSerializer.Serialize(activity, DirectLineJsonContext.Default.Activity));
    }

    [Fact]
    public void AnAccountThatIsNotAnObjectIsMalformed() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"type":"message","from":"u1"}""", DirectLineJsonContext.Default.Activity));

    [Fact]
    public void AListOfActivitiesReadsAndWritesTheirAccounts()
    {
        var activities = JsonSerializer.Deserialize($"[{Logged},{Logged}]", ChannelJsonContext.Default.ListActivity)!;

        Assert.All(activities, a => Assert.Equal("u1", a.From!.Id));
        AssertSameJson($"[{Logged},{Logged}]", JsonSerializer.Serialize(activities, ChannelJsonContext.Default.ListActivity));
    }

    private static void AssertSameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), actual);
}
