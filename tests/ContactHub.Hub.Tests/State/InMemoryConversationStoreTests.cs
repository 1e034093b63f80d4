using ContactHub.Channels;
using ContactHub.Hub.State;
using Microsoft.Extensions.Time.Testing;

namespace ContactHub.Hub.Tests.State;

public sealed class InMemoryConversationStoreTests : ConversationStoreContract
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-11-27T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    protected override IConversationStore CreateStore() => new InMemoryConversationStore(Options, _clock);

    [Fact]
    public async Task ConversationIdleLongerThanTheTtlStartsFresh()
    {
        var store = CreateStore();
        var key = new ConversationKey(ChannelIds.Sms, "+8613812345678");
        Assert.True(await store.SaveAsync(key, new ConversationState { TurnCount = 5 }, 0, CancellationToken.None));

        _clock.Advance(Options.Value.ConversationTtl + TimeSpan.FromSeconds(1));

        var loaded = await store.LoadAsync(key, CancellationToken.None);
        Assert.True(loaded.IsNew);
        Assert.Equal(0, loaded.State.TurnCount);
    }
}
