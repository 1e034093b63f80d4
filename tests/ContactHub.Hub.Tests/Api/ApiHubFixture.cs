using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Api;

/// <summary>One hub (Development, demo data seeded, SQLite) shared by the API tests of a class.</summary>
public sealed class ApiHubFixture : IDisposable
{
    public HubFactory Hub { get; } = new();

    public void Dispose() => Hub.Dispose();
}
