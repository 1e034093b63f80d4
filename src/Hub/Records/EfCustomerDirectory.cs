using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary><see cref="ICustomerDirectory"/> over the records database.</summary>
public sealed class EfCustomerDirectory(IDbContextFactory<RecordsDbContext> factory, TimeProvider clock) : ICustomerDirectory
{
    public async Task<CustomerInfo?> FindByMobileAsync(string mobile, CancellationToken cancellationToken)
    {
        if (MobileNumber.Normalize(mobile) is not { } e164)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(c => c.Mobile == e164, cancellationToken);
        return customer?.ToInfo();
    }

    public async Task<CustomerInfo?> FindByWeChatOpenIdAsync(string openId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(c => c.WeChatOpenId == openId, cancellationToken);
        return customer?.ToInfo();
    }

    public async Task<CustomerInfo?> FindByChannelIdentityAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            var linked = await db.ChannelIdentities.AsNoTracking()
                .Where(i => i.Channel == channelId && i.UserId == userId)
                .Join(db.Customers, i => i.CustomerId, c => c.Id, (_, c) => c)
                .FirstOrDefaultAsync(cancellationToken);
            if (linked is not null)
            {
                return linked.ToInfo();
            }
        }

        return channelId switch
        {
            ChannelIds.WeChat => await FindByWeChatOpenIdAsync(userId, cancellationToken),
            ChannelIds.Sms => await FindByMobileAsync(userId, cancellationToken),
            _ => null,
        };
    }

    public async Task<bool> LinkChannelIdentityAsync(long customerId, string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return false;
        }

        var identity = await db.ChannelIdentities.FirstOrDefaultAsync(i => i.Channel == channelId && i.UserId == userId, cancellationToken);
        if (identity is null)
        {
            db.ChannelIdentities.Add(new ChannelIdentity { CustomerId = customerId, Channel = channelId, UserId = userId, LinkedAt = clock.GetUtcNow() });
        }
        else
        {
            identity.CustomerId = customerId;
            identity.LinkedAt = clock.GetUtcNow();
        }

        if (channelId == ChannelIds.WeChat)
        {
            customer.WeChatOpenId = userId;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<VehicleInfo>> GetVehiclesAsync(long customerId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var vehicles = await db.Vehicles.AsNoTracking().Where(v => v.CustomerId == customerId).OrderBy(v => v.Id).ToListAsync(cancellationToken);
        return [.. vehicles.Select(v => v.ToInfo())];
    }
}
