using System.Net;
using ContactHub.Channels;
using ContactHub.Hub.Desk;
using ContactHub.Hub.Inbound;
using ContactHub.Hub.Records;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Sms;
using ContactHub.Tests.Twilio;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactHub.Hub.Tests.Bugs;

/// <summary>
/// Issue 5: an SMS turn that failed before the webhook was answered got a 503. Twilio does not send a message again
/// after an error (it only tries a fallback URL, when one is set), so the owner's message was only in an error log.
/// Now it is answered 200, kept in the transcript and queued for an agent, like a turn that fails after the answer.
/// </summary>
public sealed class Issue_5_AnSmsTurnFailingBeforeTheAnswerLostTheMessage : IAsyncLifetime
{
    private readonly FakeTwilioServer _api = FakeTwilioServer.Start();
    private SmsHubHost _hub = null!;

    public Task InitializeAsync()
    {
        _hub = new SmsHubHost(_api, services: FailingOnceConversationStore.Install);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task TheWebhookIsAnsweredAndTheMessageIsQueuedForAnAgent()
    {
        var number = SmsHubHost.NewNumber();

        var response = await _hub.SendTextAsync(number, "刹车有异响，能尽快看一下吗");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var inbound = Assert.Single(await _hub.WaitForTranscriptAsync(number, 1), t => t.Direction == TranscriptDirection.Inbound);
        Assert.Equal(("刹车有异响，能尽快看一下吗", FailedTurnRecovery.TurnFailedStatus), (inbound.Text, inbound.DeliveryStatus));
        await QueuedForAnAgentAsync(new ConversationKey(ChannelIds.Sms, number));
    }

    /// <summary>The recovery stores the transcript row before it queues the conversation, so the queue is waited for.</summary>
    private async Task QueuedForAnAgentAsync(ConversationKey key)
    {
        var desk = _hub.Services.GetRequiredService<IDeskIndex>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!(await desk.QueuedAsync(CancellationToken.None)).Any(e => e.Key == key))
        {
            await Task.Yield();
            Assert.False(timeout.IsCancellationRequested, $"{key} was not queued for an agent within 10 s");
        }
    }

    /// <summary>The first state load fails at once, as a Redis outage would, so the turn ends before the reply deadline.</summary>
    private sealed class FailingOnceConversationStore(IConversationStore inner) : IConversationStore
    {
        private int _failed;

        public static void Install(IServiceCollection services)
        {
            var registered = services.Last(d => d.ServiceType == typeof(IConversationStore));
            services.RemoveAll<IConversationStore>();
            services.AddSingleton<IConversationStore>(sp =>
                new FailingOnceConversationStore((IConversationStore)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!)));
        }

        public Task<VersionedState> LoadAsync(ConversationKey key, CancellationToken cancellationToken) =>
            Interlocked.Exchange(ref _failed, 1) == 0
                ? throw new InvalidOperationException("simulated state store outage")
                : inner.LoadAsync(key, cancellationToken);

        public Task<bool> SaveAsync(ConversationKey key, ConversationState state, long expectedVersion, CancellationToken cancellationToken) =>
            inner.SaveAsync(key, state, expectedVersion, cancellationToken);
    }
}
