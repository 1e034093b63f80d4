using ContactHub.Hub.Endpoints;
using Microsoft.AspNetCore.Authentication;

namespace ContactHub.Hub.Api;

/// <summary>The REST API under /api (issue 3): API-key authentication, OpenAPI at /openapi/v1.json, and its route groups.</summary>
public static class ApiRegistration
{
    public static IHostApplicationBuilder AddContactHubApi(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ApiKeyOptions>(builder.Configuration.GetSection(ApiKeyOptions.Section));
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyOptions.Scheme, configureOptions: null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyOptions.Policy, p => p.AddAuthenticationSchemes(ApiKeyOptions.Scheme).RequireAuthenticatedUser());
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // handled by BadRequestExceptionHandler
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<ApiKeySecurityTransformer>());
        return builder;
    }

    public static WebApplication MapContactHubApi(this WebApplication app)
    {
        app.MapOpenApi();
        var api = app.MapGroup("/api").RequireAuthorization(ApiKeyOptions.Policy);
        api.MapCustomersApiEndpoints();
        api.MapVehiclesApiEndpoints();
        api.MapAppointmentsApiEndpoints();
        api.MapComplaintsApiEndpoints();
        api.MapSurveysApiEndpoints();
        api.MapImportApiEndpoints();
        api.MapCampaignFunnelEndpoints();
        api.MapCampaignsApiEndpoints();
        LogKeys(app);
        return app;
    }

    private static void LogKeys(WebApplication app)
    {
        var keys = app.Configuration.GetSection(ApiKeyOptions.Section).Get<ApiKeyOptions>()?.Keys ?? [];
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ContactHub.Api");
        if (keys.Length == 0)
        {
            logger.LogWarning("No Api:Keys configured: every /api request is refused with 401");
        }
        else if (app.Environment.IsDevelopment())
        {
            logger.LogInformation("REST API: send header {Header}: {Key} (Development key; OpenAPI at /openapi/v1.json)", ApiKeyOptions.Header, keys[0]);
        }
    }
}
