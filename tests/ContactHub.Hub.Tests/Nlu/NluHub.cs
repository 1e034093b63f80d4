using ContactHub.Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace ContactHub.Hub.Tests.Nlu;

/// <summary>One hub for the NLU endpoint tests, its clock stopped at Friday 27 November 2026, 10:00 in Shanghai.</summary>
public sealed class NluHub : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly HubFactory _hub = new();
    private readonly WebApplicationFactory<Program> _factory;

    public NluHub()
    {
        _factory = _hub.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now))));
        Client = _factory.CreateClient();
        Client.DefaultRequestHeaders.Add("X-Api-Key", DevelopmentApiKey);
    }

    /// <summary>The key appsettings.Development.json configures under Api:Keys.</summary>
    public const string DevelopmentApiKey = "dev-contacthub-api-key";

    public WebApplicationFactory<Program> Factory => _factory;

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
        _hub.Dispose();
    }
}
