using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Dialogs;

/// <summary>The menu's 人工客服 option reaches the desk's queue now that the hub registers IHandoff.</summary>
public sealed class MenuHandoffThroughThePipelineTests : IAsyncLifetime
{
    private readonly PipelineHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("4")]
    [InlineData("人工客服")]
    [InlineData("我想找个真人聊聊")]
    public async Task ChoosingAPersonAtTheMenuQueuesTheConversation(string choice)
    {
        var key = TestActivities.NewKey();
        await _host.SendAsync(key, "你好");

        var outcome = await _host.SendAsync(key, choice);

        Assert.NotEmpty(outcome.Replies);
        Assert.Equal(ConversationMode.Queued, (await _host.Store.LoadAsync(key, CancellationToken.None)).State.Mode);
    }
}
