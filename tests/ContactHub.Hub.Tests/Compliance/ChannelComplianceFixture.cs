using System.Net;
using ContactHub.Channels;
using ContactHub.Hub.Records;

namespace ContactHub.Hub.Tests.Compliance;

/// <summary>
/// One channel's side of <see cref="ChannelCompliance{TFixture}"/>: a hub with the channel pointed at its fake far
/// side, and the channel's own way of signing, breaking, repeating and opting out of a webhook delivery.
/// </summary>
public abstract class ChannelComplianceFixture : IAsyncLifetime
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    public abstract string Channel { get; }

    /// <summary>401 for WeChat (reference §1.1), 403 for Twilio (§2.2).</summary>
    public abstract HttpStatusCode BadSignatureStatus { get; }

    public abstract IServiceProvider Services { get; }

    public abstract string NewUser();

    public abstract string NewDeliveryId();

    /// <summary>A text message from <paramref name="user"/>, signed as the channel signs it.</summary>
    public abstract Task<HttpResponseMessage> PostMessageAsync(string user, string text, string? deliveryId = null);

    /// <summary>The same message signed with a key the channel never gave the hub.</summary>
    public abstract Task<HttpResponseMessage> PostForgedAsync(string user, string text, string deliveryId);

    /// <summary>A correctly signed request whose body is not a message of this channel.</summary>
    public abstract Task<HttpResponseMessage> PostMalformedAsync();

    /// <summary>The user withdraws consent the channel's way: STOP by SMS, unsubscribe on WeChat.</summary>
    public abstract Task OptOutAsync(string user);

    /// <summary>The id the pipeline's dedupe keeps for <paramref name="deliveryId"/>.</summary>
    public abstract string DedupeId(string deliveryId);

    /// <summary>What the fake far side received for <paramref name="user"/>, as the text the customer reads.</summary>
    public abstract IReadOnlyList<string> SentTo(string user);

    public abstract Task<IReadOnlyList<string>> WaitForSentAsync(string user, int count);

    /// <summary>True when <paramref name="text"/> fits in one message of the channel (SMS segments, WeChat bytes).</summary>
    public abstract bool FitsOneMessage(string text);

    public ConversationKey Key(string user) => new(Channel, user);

    public Task<List<TranscriptEntry>> TranscriptAsync(string user) => Infrastructure.TranscriptReader.ReadAsync(Services, Key(user));

    public Task<List<TranscriptEntry>> WaitForTranscriptAsync(string user, int entries) =>
        Infrastructure.TranscriptReader.WaitForAsync(Services, Key(user), entries);

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();
}
