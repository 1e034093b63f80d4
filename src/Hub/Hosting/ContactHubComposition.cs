using ContactHub.Hub.Api;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Campaigns.Delivery;
using ContactHub.Hub.Campaigns.Scheduling;
using ContactHub.Hub.Desk;
using ContactHub.Hub.Endpoints;
using ContactHub.Hub.Identity;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.Records;
using ContactHub.Hub.Sms;
using ContactHub.Hub.State;
using ContactHub.Hub.Turns;
using ContactHub.Hub.WeChat;
using ContactHub.Hub.WebChat;

namespace ContactHub.Hub.Hosting;

/// <summary>
/// The hub's table of contents: every part it is made of, in one place, so Program.cs, the benchmarks and the
/// load test compose exactly the same hub.
/// </summary>
public static class ContactHubComposition
{
    public static IHostApplicationBuilder AddContactHub(this IHostApplicationBuilder builder)
    {
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
        builder.AddContactHubCampaignDelivery();
        builder.AddContactHubCampaigns();
        builder.AddContactHubCampaignSchedule();
        return builder;
    }

    public static WebApplication MapContactHub(this WebApplication app)
    {
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
        return app;
    }
}
