using ContactHub.Hub.Desk;
using ContactHub.Hub.Hosting;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Import;
using ContactHub.Hub.WeChat;

var command = RecordsCommandLine.Parse(args); // `import customers|vehicles|visits FILE.csv` (docs/csv-import.md)
var wechat = WeChatCommandLine.Parse(command.HostArgs); // `wechat publish-menu` (docs/wechat-menu.md)
var builder = WebApplication.CreateBuilder(wechat.HostArgs);
builder.AddContactHub();

var app = builder.Build();
app.UseContactHubDefaults();
if (wechat.IsCommand)
{
    Environment.ExitCode = await app.RunWeChatCommandAsync(wechat);
    return;
}

await app.MigrateRecordsAsync();
if (command.IsCommand)
{
    Environment.ExitCode = await app.RunImportCommandAsync(command);
    return;
}

await app.SeedDemoRecordsAsync();
await app.SeedDeskAgentsAsync();
app.MapContactHub();
app.LogStartupBanner();
await app.RunAsync();

// Exposes the entry point's type to WebApplicationFactory<Program> in the test project
// (top-level statements otherwise generate an internal Program class).
public partial class Program;
