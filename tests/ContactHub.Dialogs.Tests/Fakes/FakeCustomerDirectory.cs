using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Tests.Fakes;

/// <summary>Customers, their vehicles and their linked channel identities, in lists.</summary>
public sealed class FakeCustomerDirectory : ICustomerDirectory
{
    public List<CustomerInfo> Customers { get; } = [];

    public Dictionary<long, List<VehicleInfo>> VehiclesByCustomer { get; } = [];

    public List<(string Channel, string UserId, long CustomerId)> Identities { get; } = [];

    public Task<CustomerInfo?> FindByMobileAsync(string mobile, CancellationToken cancellationToken) =>
        Task.FromResult(Customers.FirstOrDefault(c => c.Mobile == mobile || c.Mobile == "+86" + mobile));

    public Task<CustomerInfo?> FindByWeChatOpenIdAsync(string openId, CancellationToken cancellationToken) =>
        Task.FromResult(Customers.FirstOrDefault(c => c.WeChatOpenId == openId));

    public Task<CustomerInfo?> FindByChannelIdentityAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var linked = Identities.Where(i => i.Channel == channelId && i.UserId == userId).Select(i => (long?)i.CustomerId).FirstOrDefault();
        return Task.FromResult(Customers.FirstOrDefault(c => c.Id == linked));
    }

    public Task<bool> LinkChannelIdentityAsync(long customerId, string channelId, string userId, CancellationToken cancellationToken)
    {
        if (Customers.All(c => c.Id != customerId))
        {
            return Task.FromResult(false);
        }

        Identities.RemoveAll(i => i.Channel == channelId && i.UserId == userId);
        Identities.Add((channelId, userId, customerId));
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<VehicleInfo>> GetVehiclesAsync(long customerId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<VehicleInfo>>(VehiclesByCustomer.GetValueOrDefault(customerId) ?? []);
}
