namespace ContactHub.Hub.Outbox;

/// <summary>The status words stored in a delivery hash's <c>s</c> field (and read by the Lua scripts).</summary>
internal static class OutboxStatusNames
{
    public static string ToWire(OutboxDeliveryStatus status) => status switch
    {
        OutboxDeliveryStatus.Queued => "queued",
        OutboxDeliveryStatus.Delayed => "delayed",
        OutboxDeliveryStatus.Sending => "sending",
        OutboxDeliveryStatus.Sent => "sent",
        OutboxDeliveryStatus.Retrying => "retrying",
        OutboxDeliveryStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, message: null),
    };

    public static OutboxDeliveryStatus FromWire(string? wire) => wire switch
    {
        "queued" => OutboxDeliveryStatus.Queued,
        "delayed" => OutboxDeliveryStatus.Delayed,
        "sending" => OutboxDeliveryStatus.Sending,
        "sent" => OutboxDeliveryStatus.Sent,
        "retrying" => OutboxDeliveryStatus.Retrying,
        "failed" => OutboxDeliveryStatus.Failed,
        _ => throw new InvalidDataException($"Unknown outbox status '{wire}'."),
    };
}
