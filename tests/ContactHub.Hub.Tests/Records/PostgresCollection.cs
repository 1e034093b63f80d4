namespace ContactHub.Hub.Tests.Records;

/// <summary>One PostgreSQL server for every test class that needs it; each test makes its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
