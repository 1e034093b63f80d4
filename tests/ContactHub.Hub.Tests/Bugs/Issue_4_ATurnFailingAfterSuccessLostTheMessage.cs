using ContactHub.Channels;
using ContactHub.Hub.Desk;
using ContactHub.Hub.Inbound;
using ContactHub.Hub.Records;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Tests.WeChat;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactHub.Hub.Tests.Bugs;

/// <summary>
/// Issue 4: the hub answered WeChat <c>success</c> at the deadline and the detached turn then threw. WeChat does not
/// retry an answered push, so the customer's message was only in an error log. Now it is in the transcript and the
/// conversation waits in the agent queue, and the customer is told so.
/// </summary>
public sealed class Issue_4_ATurnFailingAfterSuccessLostTheMessage : IAsyncLifetime
{
    private readonly FakeWeChatServer _api = new();
    private readonly TurnGate _gate = new();
    private WeChatHubHost _hub = null!;

    public Task InitializeAsync()
    {
        _hub = new WeChatHubHost(_api, deadline: TimeSpan.FromMilliseconds(200), services: s => FailingOnceConversationStore.Install(s, _gate));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task TheMessageIsInTheTranscriptAndTheConversationIsQueuedForAnAgent()
    {
        var openId = WeChatHubHost.NewOpenId();
        var key = new ConversationKey(ChannelIds.WeChat, openId);

        var answer = await (await _hub.PostPlainAsync(WeChatHubHost.Text(openId, "我的车保养后发动机异响"))).Content.ReadAsStringAsync();
        _gate.Open();

        Assert.Equal("success", answer);
        var notice = await _api.WaitForCustomerServiceMessagesAsync(1);
        var inbound = Assert.Single(await _hub.WaitForTranscriptAsync(openId, 1), t => t.Direction == TranscriptDirection.Inbound);
        Assert.Equal(("我的车保养后发动机异响", FailedTurnRecovery.TurnFailedStatus), (inbound.Text, inbound.DeliveryStatus));
        Assert.Contains(await _hub.Services.GetRequiredService<IDeskIndex>().QueuedAsync(CancellationToken.None), e => e.Key == key);
        Assert.Equal(openId, notice[0].Json.GetProperty("touser").GetString());
    }

    /// <summary>The first turn's state load waits at the gate (so the deadline passes first) and then fails, as a Redis outage would.</summary>
    private sealed class FailingOnceConversationStore(IConversationStore inner, TurnGate gate) : IConversationStore
    {
        private int _failed;

        public static void Install(IServiceCollection services, TurnGate gate)
        {
            var registered = services.Last(d => d.ServiceType == typeof(IConversationStore));
            services.RemoveAll<IConversationStore>();
            services.AddSingleton<IConversationStore>(sp =>
                new FailingOnceConversationStore((IConversationStore)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!), gate));
        }

        public async Task<VersionedState> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref _failed, 1) == 0)
            {
                await gate.PassAsync(cancellationToken);
                throw new InvalidOperationException("simulated state store outage");
            }

            return await inner.LoadAsync(key, cancellationToken);
        }

        public Task<bool> SaveAsync(ConversationKey key, ConversationState state, long expectedVersion, CancellationToken cancellationToken) =>
            inner.SaveAsync(key, state, expectedVersion, cancellationToken);
    }
}
