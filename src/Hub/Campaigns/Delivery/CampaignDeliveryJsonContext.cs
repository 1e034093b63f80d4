using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ContactHub.Hub.Campaigns.Delivery;

[JsonSerializable(typeof(JsonObject))]
public sealed partial class CampaignDeliveryJsonContext : JsonSerializerContext;
