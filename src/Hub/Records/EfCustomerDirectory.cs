using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary><see cref="ICustomerDirectory"/> over the records database.</summary>
public sealed class EfCustomerDirectory(IDbContextFactory<RecordsDbContext> factory, CustomerLookupCache cache, TimeProvider clock) : ICustomerDirectory
{
    public async Task<CustomerInfo?> FindByMobileAsync(string mobile, CancellationToken cancellationToken)
    {
        if (MobileNumber.Normalize(mobile) is not { } e164)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await CustomerQueries.ByMobile.For(db)(db, e164, cancellationToken);
    }

    public async Task<CustomerInfo?> FindByWeChatOpenIdAsync(string openId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await CustomerQueries.ByWeChatOpenId.For(db)(db, openId, cancellationToken);
    }

    public async Task<CustomerInfo?> FindByChannelIdentityAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        if (cache.TryGet(channelId, userId, out var cached))
        {
            return cached;
        }

        var customer = await LookUpChannelIdentityAsync(channelId, userId, cancellationToken);
        cache.Set(channelId, userId, customer);
        return customer;
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
        cache.Forget(channelId, userId);
        return true;
    }

    public async Task<IReadOnlyList<VehicleInfo>> GetVehiclesAsync(long customerId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var vehicles = new List<VehicleInfo>();
        await foreach (var vehicle in CustomerQueries.VehiclesOf.For(db)(db, customerId).WithCancellation(cancellationToken))
        {
            vehicles.Add(vehicle);
        }

        return vehicles;
    }

    private async Task<CustomerInfo?> LookUpChannelIdentityAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            if (await CustomerQueries.ByChannelIdentity.For(db)(db, channelId, userId, cancellationToken) is { } linked)
            {
                return linked;
            }
        }

        return channelId switch
        {
            ChannelIds.WeChat => await FindByWeChatOpenIdAsync(userId, cancellationToken),
            ChannelIds.Sms => await FindByMobileAsync(userId, cancellationToken),
            _ => null,
        };
    }
}
