namespace ContactHub.Hub.Desk;

/// <param name="From">customer, bot or agent.</param>
public sealed record DeskTranscriptLine(long Id, string From, string? Agent, string? Text, DateTimeOffset At, string? DeliveryStatus);
