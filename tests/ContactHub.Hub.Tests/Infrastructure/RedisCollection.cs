namespace ContactHub.Hub.Tests.Infrastructure;

/// <summary>One redis-server for every test class that needs Redis; tests keep apart by using their own conversation ids.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
