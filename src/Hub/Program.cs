using ContactHub.Hub.Endpoints;
using ContactHub.Hub.Hosting;
using ContactHub.Hub.State;
using ContactHub.Hub.WebChat;

var builder = WebApplication.CreateBuilder(args);

builder.AddContactHubDefaults();
builder.AddContactHubRedis();
builder.AddContactHubState();
builder.AddDirectLine();

var app = builder.Build();

app.UseContactHubDefaults();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapHealthEndpoints();
app.MapDirectLineEndpoints();

await app.RunAsync();

// Exposes the entry point's type to WebApplicationFactory<Program> in the test project
// (top-level statements otherwise generate an internal Program class).
public partial class Program;
