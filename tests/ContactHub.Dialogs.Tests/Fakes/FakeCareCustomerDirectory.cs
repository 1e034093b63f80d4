using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Tests.Fakes;

/// <summary>
/// <see cref="ICustomerDirectory"/> for the care dialogs' tests (survey, complaint, binding): customers by mobile and
/// by linked channel identity, with every link recorded.
/// </summary>
public sealed class FakeCareCustomerDirectory(params CustomerInfo[] customers) : ICustomerDirectory
{
    private readonly Dictionary<(string Channel, string UserId), long> _identities = [];

    public List<(long CustomerId, string Channel, string UserId)> Links { get; } = [];

    public FakeCareCustomerDirectory WithIdentity(string channel, string userId, long customerId)
    {
        _identities[(channel, userId)] = customerId;
        return this;
    }

    public Task<CustomerInfo?> FindByMobileAsync(string mobile, CancellationToken cancellationToken) =>
        Task.FromResult(customers.FirstOrDefault(c => c.Mobile == mobile));

    public Task<CustomerInfo?> FindByWeChatOpenIdAsync(string openId, CancellationToken cancellationToken) =>
        Task.FromResult(customers.FirstOrDefault(c => c.WeChatOpenId == openId));

    public Task<CustomerInfo?> FindByChannelIdentityAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(_identities.TryGetValue((channelId, userId), out var id) ? customers.FirstOrDefault(c => c.Id == id) : null);

    public Task<bool> LinkChannelIdentityAsync(long customerId, string channelId, string userId, CancellationToken cancellationToken)
    {
        if (customers.All(c => c.Id != customerId))
        {
            return Task.FromResult(false);
        }

        _identities[(channelId, userId)] = customerId;
        Links.Add((customerId, channelId, userId));
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<VehicleInfo>> GetVehiclesAsync(long customerId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<VehicleInfo>>([]);
}
