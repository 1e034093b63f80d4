using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Desk;

/// <summary>Renews this instance's desk connection leases every Desk:PresenceHeartbeat, well inside Desk:PresenceLease.</summary>
public sealed class DeskPresenceHeartbeat(IDeskPresence presence, TimeProvider clock, IOptions<DeskOptions> options, ILogger<DeskPresenceHeartbeat> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => RenewUntilStoppedAsync(stoppingToken);

    /// <summary>The heartbeat's loop; its timer exists when this returns to the caller (ExecuteAsync runs on another thread).</summary>
    public async Task RenewUntilStoppedAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PresenceHeartbeat, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await presence.RenewAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Next beat tries again; a lease is several beats long, so one failure shows nobody offline.
                logger.LogWarning(ex, "Could not renew the desk presence leases");
            }
        }
    }
}
