using ContactHub.Hub.Outbox;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Delivery;

/// <summary>Reads the customer a campaign message goes to, with their consent for the message's purpose.</summary>
public sealed class CampaignSendRecipients(IDbContextFactory<RecordsDbContext> records)
{
    public async Task<CampaignSendRecipient?> FindAsync(long customerId, OutboxPurpose purpose, CancellationToken cancellationToken)
    {
        var consentPurpose = purpose == OutboxPurpose.Marketing ? ConsentPurpose.Marketing : ConsentPurpose.ServiceNotifications;
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking()
            .Where(c => c.Id == customerId)
            .Select(c => new CampaignSendRecipient(
                c.Id,
                c.Name,
                c.Language,
                c.Mobile,
                c.Consents.Any(k => k.Purpose == consentPurpose && k.Granted)))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
