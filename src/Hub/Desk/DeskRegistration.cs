using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Hosting;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.State;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using StackExchange.Redis;

namespace ContactHub.Hub.Desk;

public static class DeskRegistration
{
    /// <summary>The agent desk (issue 6): cookie sign-in, anti-forgery, SignalR (Redis backplane with Redis), the queue and the IHandoff port.</summary>
    public static IHostApplicationBuilder AddContactHubDesk(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<DeskOptions>(builder.Configuration.GetSection(DeskOptions.Section));
        services.AddAuthentication().AddCookie(DeskPolicies.Scheme, ConfigureCookie);
        services.AddAuthorizationBuilder()
            .AddPolicy(DeskPolicies.Agent, p => p.AddAuthenticationSchemes(DeskPolicies.Scheme).RequireRole(DeskRoles.All))
            .AddPolicy(DeskPolicies.Supervisor, p => p.AddAuthenticationSchemes(DeskPolicies.Scheme).RequireRole(DeskRoles.Supervisor, DeskRoles.Admin));
        services.AddAntiforgery(o =>
        {
            o.HeaderName = DeskPolicies.AntiforgeryHeader;
            o.Cookie.Name = "contacthub.desk.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        var signalR = services.AddSignalR();
        if (builder.Configuration.HasRedis())
        {
            signalR.AddStackExchangeRedis(builder.Configuration.GetConnectionString("Redis")!, o =>
                o.Configuration.ChannelPrefix = RedisChannel.Literal(StateKeys.DeskBackplane));
            services.AddDataProtection().SetApplicationName("ContactHub");
            services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((o, redis) => o.XmlRepository = new RedisKeyRing(redis));
            services.AddSingleton<IDeskIndex, RedisDeskIndex>();
            services.AddSingleton<IDeskPresence, RedisDeskPresence>();
        }
        else
        {
            services.AddSingleton<IDeskIndex, InMemoryDeskIndex>();
            services.AddSingleton<IDeskPresence, InMemoryDeskPresence>();
        }

        services.AddSingleton<IPasswordHasher<Agent>, PasswordHasher<Agent>>();
        services.AddSingleton<CurrentTurn>();
        services.AddSingleton<WorkingHours>();
        services.AddSingleton<QueueNotice>();
        services.AddSingleton<DeskTranscript>();
        services.AddSingleton<DeskAudit>();
        services.AddSingleton<DeskNotifier>();
        services.AddSingleton<DeskOutbound>();
        services.AddSingleton<DeskConversations>();
        services.AddSingleton<HandoffService>();
        services.AddSingleton<IHandoff>(sp => sp.GetRequiredService<HandoffService>());
        services.AddSingleton<CustomerPanels>();
        services.AddSingleton<DeskQueries>();
        services.AddSingleton<SurveyAfterClose>();
        services.AddSingleton<DeskActions>();
        services.AddSingleton<DeskCustomerLink>();
        services.AddSingleton<DeskCampaignFunnels>();
        services.AddSingleton<DeskSignIn>();
        services.AddSingleton<DeskAgentSeeder>();
        services.AddHostedService<DeskPresenceHeartbeat>();
        return builder;
    }

    /// <summary>In Development, the demo agents with Desk:DemoPassword (printed).</summary>
    public static async Task SeedDeskAgentsAsync(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            await app.Services.GetRequiredService<DeskAgentSeeder>().SeedAsync(CancellationToken.None);
        }
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "contacthub.desk";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.ExpireTimeSpan = TimeSpan.FromHours(12);
        o.SlidingExpiration = true;
        // An API and a socket, not pages: answer 401/403 instead of redirecting to a login page.
        o.Events.OnRedirectToLogin = c => Status(c.Response, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = c => Status(c.Response, StatusCodes.Status403Forbidden);
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
