using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>The maintenance rules read the same pages of vehicles with their service history; each decides what is due.</summary>
public abstract class MaintenanceTargeting(IDbContextFactory<RecordsDbContext> records) : KeysetTargeting<MaintenanceCandidate>(records)
{
    protected sealed override Task<IReadOnlyList<MaintenanceCandidate>> PageAsync(
        RecordsDbContext db, CampaignRuleContext rule, long after, int size, CancellationToken cancellationToken) =>
        MaintenanceCandidates.PageAsync(db, after, size, cancellationToken);

    protected sealed override long IdOf(MaintenanceCandidate row) => row.VehicleId;
}
