using ContactHub.Channels;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Desk;

/// <summary>Writes who did what, to which conversation, and when.</summary>
public sealed class DeskAudit(IDbContextFactory<RecordsDbContext> records, TimeProvider clock)
{
    public async Task WriteAsync(string agent, string action, ConversationKey? key, string? detail, CancellationToken cancellationToken)
    {
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        db.DeskAudit.Add(new DeskAuditEntry
        {
            At = clock.GetUtcNow(),
            Agent = agent,
            Action = action,
            Channel = key?.Channel,
            UserId = key?.UserId,
            Detail = detail,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
