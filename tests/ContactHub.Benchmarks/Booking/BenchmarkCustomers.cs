using ContactHub.Dialogs.Ports;

namespace ContactHub.Benchmarks.Booking;

/// <summary>One customer with one car, known by mobile only (so the booking asks for it), like the load tool's demo customers.</summary>
public sealed class BenchmarkCustomers : ICustomerDirectory
{
    public const string Mobile = "13900000001";
    public const string Plate = "吉A12345";
    public const string Model = "速腾";

    private static readonly CustomerInfo Customer = new(1, "王先生", "+86" + Mobile, null, "sms", "zh-CN");
    private static readonly IReadOnlyList<VehicleInfo> Vehicles = [new VehicleInfo(11, "LFV2A21K9G3000011", Plate, Model, null, 30000, null, null)];
    private static readonly Task<CustomerInfo?> Found = Task.FromResult<CustomerInfo?>(Customer);
    private static readonly Task<CustomerInfo?> NotFound = Task.FromResult<CustomerInfo?>(null);

    public Task<CustomerInfo?> FindByMobileAsync(string mobile, CancellationToken cancellationToken) =>
        mobile == Mobile || mobile == Customer.Mobile ? Found : NotFound;

    public Task<CustomerInfo?> FindByWeChatOpenIdAsync(string openId, CancellationToken cancellationToken) => NotFound;

    public Task<CustomerInfo?> FindByChannelIdentityAsync(string channelId, string userId, CancellationToken cancellationToken) => NotFound;

    public Task<bool> LinkChannelIdentityAsync(long customerId, string channelId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    public Task<IReadOnlyList<VehicleInfo>> GetVehiclesAsync(long customerId, CancellationToken cancellationToken) =>
        Task.FromResult(customerId == Customer.Id ? Vehicles : []);
}
