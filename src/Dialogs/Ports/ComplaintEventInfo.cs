namespace ContactHub.Dialogs.Ports;

/// <summary>One entry of a ticket's timeline; <paramref name="Status"/> is set when the entry changed the status.</summary>
public sealed record ComplaintEventInfo(DateTimeOffset At, string Author, string Text, ComplaintStatus? Status);
