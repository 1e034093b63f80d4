using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Records.Model;

/// <summary>One entry of a complaint's timeline; <see cref="Status"/> is set when the entry changed it.</summary>
public sealed class ComplaintEvent
{
    public long Id { get; set; }

    public long ComplaintId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Author { get; set; }

    public required string Text { get; set; }

    public ComplaintStatus? Status { get; set; }
}
