using ContactHub.Dialogs.Resources;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>Desk:RecognizerFailuresBeforeHandoff = 0: the bot never escalates by itself, and the menu offers a person instead.</summary>
public sealed class RecognizerEscalationOffTests : IAsyncLifetime
{
    private DeskHost Host { get; set; } = null!;

    public Task InitializeAsync()
    {
        Host = new DeskHost(settings: new Dictionary<string, string>(StringComparer.Ordinal) { ["Desk:RecognizerFailuresBeforeHandoff"] = "0" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task TwoMisunderstoodMessagesBringTheMenusOfferOfAPersonAndNoQueue()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "你好");
        await Host.SendAsync(key, "啊啊啊");

        var second = await Host.SendAsync(key, "呃呃呃");

        Assert.StartsWith(Strings.OfferHandoff("zh-CN"), second.Replies[0].Text, StringComparison.Ordinal);
        var state = (await Host.Services.GetRequiredService<IConversationStore>().LoadAsync(key, CancellationToken.None)).State;
        Assert.Equal((ConversationMode.Bot, 2), (state.Mode, state.RecognizerFailures));
    }
}
