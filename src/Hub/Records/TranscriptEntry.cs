namespace ContactHub.Hub.Records;

/// <summary>One activity of a conversation, as the customer or the bot saw it.</summary>
public sealed class TranscriptEntry
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string UserId { get; set; }

    /// <summary>The activity id, unique per channel (the channel's message id for inbound).</summary>
    public string? ActivityId { get; set; }

    public TranscriptDirection Direction { get; set; }

    public required string Type { get; set; }

    public string? Text { get; set; }

    public string? Locale { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Outbound only: accepted, or why the channel refused it.</summary>
    public string? DeliveryStatus { get; set; }
}
