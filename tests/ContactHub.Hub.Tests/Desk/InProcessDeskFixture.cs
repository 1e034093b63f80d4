namespace ContactHub.Hub.Tests.Desk;

/// <summary>One in-process hub (no Redis) shared by the tests of a class; each test uses its own conversations.</summary>
public sealed class InProcessDeskFixture : IAsyncLifetime
{
    public DeskHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new DeskHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
