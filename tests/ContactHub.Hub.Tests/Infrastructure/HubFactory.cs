using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContactHub.Hub.Tests.Infrastructure;

/// <summary>
/// The real hub in process. Each factory gets its own records database; pass a Redis connection string to run
/// on Redis (two factories on one Redis and one database are two hub instances, or one hub restarted).
/// </summary>
public sealed class HubFactory(string? redis = null, string? recordsPath = null) : WebApplicationFactory<Program>
{
    public const string DirectLineSecret = WebChat.DirectLineHubFactory.Secret;

    public string RecordsPath { get; } = recordsPath ?? Path.Combine(Path.GetTempPath(), $"contacthub-test-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Records", $"Data Source={RecordsPath}");
        builder.UseSetting("DirectLine:Secret", DirectLineSecret);
        builder.UseSetting("Campaigns:Schedule:Enabled", "false"); // a quarter-hour firing must not run a test's campaigns under it
        if (redis is not null)
        {
            builder.UseSetting("ConnectionStrings:Redis", redis);
        }
    }
}
