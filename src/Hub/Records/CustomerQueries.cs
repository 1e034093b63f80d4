using ContactHub.Dialogs.Ports;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary>
/// The customer lookups of a turn, compiled once: no expression-tree hashing or query-cache lookup per call, no change
/// tracking, and only the columns the dialogs see (issue 8).
/// </summary>
internal static class CustomerQueries
{
    public static readonly CompiledForModel<Func<RecordsDbContext, string, CancellationToken, Task<CustomerInfo?>>> ByMobile = new(() =>
        EF.CompileAsyncQuery((RecordsDbContext db, string mobile, CancellationToken _) =>
            db.Customers.Where(c => c.Mobile == mobile).OrderBy(c => c.Id)
                .Select(c => new CustomerInfo(c.Id, c.Name, c.Mobile, c.WeChatOpenId, c.PreferredChannel, c.Language))
                .FirstOrDefault()));

    public static readonly CompiledForModel<Func<RecordsDbContext, string, CancellationToken, Task<CustomerInfo?>>> ByWeChatOpenId = new(() =>
        EF.CompileAsyncQuery((RecordsDbContext db, string openId, CancellationToken _) =>
            db.Customers.Where(c => c.WeChatOpenId == openId).OrderBy(c => c.Id)
                .Select(c => new CustomerInfo(c.Id, c.Name, c.Mobile, c.WeChatOpenId, c.PreferredChannel, c.Language))
                .FirstOrDefault()));

    public static readonly CompiledForModel<Func<RecordsDbContext, string, string, CancellationToken, Task<CustomerInfo?>>> ByChannelIdentity = new(() =>
        EF.CompileAsyncQuery((RecordsDbContext db, string channelId, string userId, CancellationToken _) =>
            db.ChannelIdentities.Where(i => i.Channel == channelId && i.UserId == userId)
                .Join(db.Customers, i => i.CustomerId, c => c.Id, (_, c) => new CustomerInfo(c.Id, c.Name, c.Mobile, c.WeChatOpenId, c.PreferredChannel, c.Language))
                .FirstOrDefault()));

    public static readonly CompiledForModel<Func<RecordsDbContext, long, IAsyncEnumerable<VehicleInfo>>> VehiclesOf = new(() =>
        EF.CompileAsyncQuery((RecordsDbContext db, long customerId) =>
            db.Vehicles.Where(v => v.CustomerId == customerId).OrderBy(v => v.Id)
                .Select(v => new VehicleInfo(v.Id, v.Vin, v.Plate, v.Model, v.DeliveryDate, v.Odometer, v.LastServiceDate, v.LastServiceOdometer))));
}
