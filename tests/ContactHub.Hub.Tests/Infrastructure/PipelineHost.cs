using ContactHub.Channels;
using ContactHub.Hub.Records;
using ContactHub.Hub.State;
using ContactHub.Hub.Turns;
using Microsoft.AspNetCore.TestHost;

namespace ContactHub.Hub.Tests.Infrastructure;

/// <summary>The real hub with one extra channel, <see cref="RecordingChannelAdapter"/>, to drive turns through the pipeline.</summary>
public sealed class PipelineHost : IAsyncDisposable
{
    private readonly HubFactory _factory;

    public PipelineHost(string? redis = null, string? recordsPath = null)
    {
        _factory = new HubFactory(redis, recordsPath);
        var hub = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IChannelAdapter>(Channel)));
        Services = hub.Services;
    }

    public RecordingChannelAdapter Channel { get; } = new();

    public IServiceProvider Services { get; }

    public string RecordsPath => _factory.RecordsPath;

    public ITurnProcessor Turns => Services.GetRequiredService<ITurnProcessor>();

    public IConversationStore Store => Services.GetRequiredService<IConversationStore>();

    public Task<TurnOutcome> SendAsync(ConversationKey key, string text, string? locale = "zh-CN", string? id = null) =>
        Turns.ProcessAsync(key, TestActivities.Message(key, text, locale, id), CancellationToken.None);

    public Task<List<TranscriptEntry>> TranscriptAsync(ConversationKey key) => TranscriptReader.ReadAsync(Services, key);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
