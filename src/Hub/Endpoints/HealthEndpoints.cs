using ContactHub.Hub.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ContactHub.Hub.Endpoints;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // Live: the process answers. Ready: its Redis and records database answer too.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HubHostDefaults.ReadyTag) });
        return app;
    }
}
