using ContactHub.Channels;
using ContactHub.Hub.Desk;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>
/// The real hub with the <see cref="RecordingChannelAdapter"/> channel and the Development agents, reachable both as
/// a turn processor (the customer's side) and over HTTP (the desk's side). Working hours cover the whole day unless
/// a test says otherwise, so the queue notice does not depend on when the tests run.
/// </summary>
public sealed class DeskHost : IAsyncDisposable
{
    public const string Password = "desk-test-password";

    private readonly HubFactory _factory;
    private readonly WebApplicationFactory<Program> _hub;

    /// <param name="settings">Configuration over the defaults above, for example <c>Desk:RecognizerFailuresBeforeHandoff</c>.</param>
    public DeskHost(
        string? redis = null, string? recordsPath = null, string opensAt = "00:00", string closesAt = "23:59:59",
        IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        _factory = new HubFactory(redis, recordsPath);
        _hub = _factory.WithWebHostBuilder(b => b
            .UseSetting("Desk:DemoPassword", Password)
            .UseSetting("Desk:OpensAt", opensAt)
            .UseSetting("Desk:ClosesAt", closesAt)
            .UseSettings(settings)
            .ConfigureTestServices(s =>
            {
                s.AddSingleton<IChannelAdapter>(Channel);
                s.AddSingleton(sp => new ObservedPresence(redis is null
                    ? ActivatorUtilities.CreateInstance<InMemoryDeskPresence>(sp)
                    : ActivatorUtilities.CreateInstance<RedisDeskPresence>(sp)));
                s.AddSingleton<IDeskPresence>(sp => sp.GetRequiredService<ObservedPresence>());
                services?.Invoke(s);
            }));
        Services = _hub.Services;
    }

    public RecordingChannelAdapter Channel { get; } = new();

    public IServiceProvider Services { get; }

    public string RecordsPath => _factory.RecordsPath;

    public ObservedPresence Presence => Services.GetRequiredService<ObservedPresence>();

    public TestServer Server => _hub.Server;

    public Task<TurnOutcome> SendAsync(ConversationKey key, string text, string? locale = "zh-CN") =>
        Services.GetRequiredService<ITurnProcessor>().ProcessAsync(key, TestActivities.Message(key, text, locale), CancellationToken.None);

    public HttpClient AnonymousClient() => _hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public async Task<DeskClient> SignInAsync(string userName)
    {
        var desk = new DeskClient(AnonymousClient());
        await desk.SignInAsync(userName, Password);
        return desk;
    }

    public async Task<List<DeskAuditEntry>> AuditAsync(ConversationKey key)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        return await db.DeskAudit.Where(a => a.Channel == key.Channel && a.UserId == key.UserId).OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>A customer in the records, linked to the conversation as bind-identity would (a web chat visitor is otherwise anonymous).</summary>
    public async Task<long> AddLinkedCustomerAsync(ConversationKey key, string name)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        var customer = new Customer { Name = name, CreatedAt = DateTimeOffset.UtcNow };
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        Assert.True(await Services.GetRequiredService<ContactHub.Dialogs.Ports.ICustomerDirectory>().LinkChannelIdentityAsync(customer.Id, key.Channel, key.UserId, CancellationToken.None));
        return customer.Id;
    }

    public async Task<List<Survey>> SurveysOfAsync(long customerId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        return await db.Surveys.Include(s => s.Answers).Where(s => s.CustomerId == customerId).ToListAsync();
    }

    public WebChat.DirectLineTestClient DirectLine() => new(_hub);

    public async ValueTask DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _factory.DisposeAsync();
    }
}
