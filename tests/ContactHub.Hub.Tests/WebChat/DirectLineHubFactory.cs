using ContactHub.Hub.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Hub.Tests.WebChat;

/// <summary>The hub in memory with a known secret, a movable clock and a scripted bot in place of the pipeline.</summary>
public sealed class DirectLineHubFactory : WebApplicationFactory<Program>
{
    public const string Secret = "test-secret-0123456789";

    public ScriptedTurnProcessor Bot { get; } = new();

    public MovableTimeProvider Clock { get; } = new();

    /// <summary>Extra configuration (for example <c>ConnectionStrings:Redis</c>) applied over the defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal)
    {
        ["DirectLine:Secret"] = Secret,
        ["DirectLine:KeepAliveInterval"] = "00:00:00.300",
    };

    public string RecordsPath { get; } = Path.Combine(Path.GetTempPath(), $"contacthub-dl-test-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Records", $"Data Source={RecordsPath}");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ITurnProcessor>(sp =>
            {
                Bot.Services = sp;
                return Bot;
            });
        });
    }
}
