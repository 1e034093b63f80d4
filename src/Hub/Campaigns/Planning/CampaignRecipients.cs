using ContactHub.Channels;
using ContactHub.Hub.Campaigns.Targeting;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Planning;

/// <summary>
/// Loads a batch's customers in one query (their consents and WeChat identity as subqueries), then asks the channel
/// identity store about every WeChat user and mobile at once, so Redis sees one pipelined burst per batch.
/// </summary>
public sealed class CampaignRecipients(IChannelIdentityStatusStore identities)
{
    public async Task<Dictionary<long, CampaignRecipient>> LoadAsync(RecordsDbContext db, IEnumerable<CampaignTarget> targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = targets.Select(t => t.CustomerId).Distinct().ToArray();
        var rows = await db.Customers.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new CampaignRecipient(
                c.Id,
                c.Language,
                c.Mobile,
                c.WeChatOpenId ?? db.ChannelIdentities.Where(i => i.CustomerId == c.Id && i.Channel == ChannelIds.WeChat).OrderBy(i => i.Id).Select(i => i.UserId).FirstOrDefault(),
                db.Consents.Any(x => x.CustomerId == c.Id && x.Purpose == ConsentPurpose.ServiceNotifications && x.Granted),
                db.Consents.Any(x => x.CustomerId == c.Id && x.Purpose == ConsentPurpose.Marketing && x.Granted)))
            .ToListAsync(cancellationToken);
        var checks = rows.Select(r => WithStatusAsync(r, cancellationToken));
        return (await Task.WhenAll(checks)).ToDictionary(r => r.CustomerId);
    }

    private async Task<CampaignRecipient> WithStatusAsync(CampaignRecipient recipient, CancellationToken cancellationToken)
    {
        var weChat = string.IsNullOrEmpty(recipient.WeChatOpenId)
            ? Task.FromResult(false)
            : identities.IsActiveAsync(new ConversationKey(ChannelIds.WeChat, recipient.WeChatOpenId), cancellationToken);
        var sms = string.IsNullOrEmpty(recipient.Mobile)
            ? Task.FromResult(false)
            : identities.IsActiveAsync(new ConversationKey(ChannelIds.Sms, recipient.Mobile), cancellationToken);
        return recipient with { WeChatActive = await weChat, SmsActive = await sms };
    }
}
