namespace ContactHub.Hub.Tests.Records;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTranscriptInsertTests(PostgresFixture postgres) : TranscriptInsertContract
{
    private string _connectionString = "";

    protected override async Task<RecordsHost> StartRecordsAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync();
        return await RecordsHost.StartAsync("postgres", _connectionString);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await postgres.DropDatabaseAsync(_connectionString);
    }
}
