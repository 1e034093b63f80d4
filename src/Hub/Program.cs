using ContactHub.Hub.Api;
using ContactHub.Hub.Desk;
using ContactHub.Hub.Endpoints;
using ContactHub.Hub.Hosting;
using ContactHub.Hub.Identity;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Import;
using ContactHub.Hub.Sms;
using ContactHub.Hub.State;
using ContactHub.Hub.Turns;
using ContactHub.Hub.WeChat;
using ContactHub.Hub.WebChat;

var command = RecordsCommandLine.Parse(args); // `import customers|vehicles|visits FILE.csv` (docs/csv-import.md)
var builder = WebApplication.CreateBuilder(command.HostArgs);

builder.AddContactHubDefaults();
builder.AddContactHubRedis();
builder.AddContactHubState();
builder.AddContactHubRecords();
builder.AddContactHubIdentity();
builder.AddContactHubApi();
builder.AddContactHubNlu();
builder.AddContactHubTurns();
builder.AddContactHubDesk();
builder.AddWeChat();
builder.AddSms();
builder.AddDirectLine();
builder.AddContactHubOutbox();

var app = builder.Build();

app.UseContactHubDefaults();
await app.MigrateRecordsAsync();
if (command.IsCommand)
{
    Environment.ExitCode = await app.RunImportCommandAsync(command);
    return;
}

await app.SeedDemoRecordsAsync();
await app.SeedDeskAgentsAsync();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapHealthEndpoints();
app.MapDiagnosticsEndpoints(app.Configuration);
app.MapContactHubApi();
app.MapDeskEndpoints();
app.MapNluEndpoints();
app.MapWeChatEndpoints();
app.MapSmsEndpoints();
app.MapDirectLineEndpoints();
app.LogStartupBanner();

await app.RunAsync();

// Exposes the entry point's type to WebApplicationFactory<Program> in the test project
// (top-level statements otherwise generate an internal Program class).
public partial class Program;
