namespace ContactHub.Hub.Endpoints;

/// <summary>
/// Runtime figures for the load benchmark (issue 8): allocated bytes, working set, GC counts, methods jitted so far
/// (the load tool warms the hub up until tiering has settled). Mapped only when
/// <c>Diagnostics:Expose</c> is true, since it tells strangers about the process.
/// </summary>
public static class DiagnosticsEndpoints
{
    public static IEndpointRouteBuilder MapDiagnosticsEndpoints(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>("Diagnostics:Expose"))
        {
            app.MapGet("/diagnostics/runtime", GetRuntime);
        }

        return app;
    }

    private static RuntimeFigures GetRuntime() => new(
        GC.GetTotalAllocatedBytes(precise: false),
        Environment.WorkingSet,
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2),
        (long)GC.GetTotalPauseDuration().TotalMilliseconds,
        System.Runtime.JitInfo.GetCompiledMethodCount());
}
