using ContactHub.Hub.Endpoints;
using ContactHub.Hub.Hosting;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.Records;
using ContactHub.Hub.State;
using ContactHub.Hub.Turns;

var builder = WebApplication.CreateBuilder(args);

builder.AddContactHubDefaults();
builder.AddContactHubRedis();
builder.AddContactHubState();
builder.AddContactHubRecords();
builder.AddContactHubTurns();
builder.AddContactHubOutbox();

var app = builder.Build();

app.UseContactHubDefaults();
await app.MigrateRecordsAsync();
app.MapHealthEndpoints();
app.MapDiagnosticsEndpoints(app.Configuration);
app.LogStartupBanner();

await app.RunAsync();

// Exposes the entry point's type to WebApplicationFactory<Program> in the test project
// (top-level statements otherwise generate an internal Program class).
public partial class Program;
