using System.Xml.Linq;
using ContactHub.Hub.State;
using Microsoft.AspNetCore.DataProtection.Repositories;
using StackExchange.Redis;

namespace ContactHub.Hub.Desk;

/// <summary>
/// Keeps ASP.NET Core's data-protection key ring in Redis, so the desk cookie and the anti-forgery token issued by one
/// hub instance are read by every other one behind the load balancer (the shape of the official Redis key repository:
/// one list, one XML element per key). Without Redis the hub is single-instance and keeps the default file ring.
/// </summary>
public sealed class RedisKeyRing(IConnectionMultiplexer redis) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. redis.GetDatabase().ListRange(StateKeys.DataProtectionKeys).Select(v => XElement.Parse((string)v!))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        redis.GetDatabase().ListRightPush(StateKeys.DataProtectionKeys, element.ToString(SaveOptions.DisableFormatting));
    }
}
