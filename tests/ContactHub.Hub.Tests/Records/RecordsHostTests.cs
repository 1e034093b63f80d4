namespace ContactHub.Hub.Tests.Records;

/// <summary>Tests over a records host of their own per test, started by the subclass for its provider.</summary>
public abstract class RecordsHostTests : IAsyncLifetime
{
    protected RecordsHost Records { get; private set; } = null!;

    protected abstract Task<RecordsHost> StartRecordsAsync();

    public async Task InitializeAsync() => Records = await StartRecordsAsync();

    public virtual Task DisposeAsync()
    {
        Records.Dispose();
        return Task.CompletedTask;
    }
}
