namespace ContactHub.Dialogs.Ports;

/// <summary>An entry to add to a ticket's timeline, optionally moving it to <paramref name="NewStatus"/>.</summary>
public sealed record ComplaintNote(string Author, string Text, ComplaintStatus? NewStatus = null);
