using ContactHub.Hub.Endpoints;
using ContactHub.Hub.Hosting;
using ContactHub.Hub.State;

var builder = WebApplication.CreateBuilder(args);

builder.AddContactHubDefaults();
builder.AddContactHubRedis();
builder.AddContactHubState();

var app = builder.Build();

app.UseContactHubDefaults();
app.MapHealthEndpoints();

await app.RunAsync();

// Exposes the entry point's type to WebApplicationFactory<Program> in the test project
// (top-level statements otherwise generate an internal Program class).
public partial class Program;
