namespace ContactHub.Hub.Records.Import;

/// <summary>A row that was not imported: its line in the file (the header is line 1) and why.</summary>
public sealed record ImportLineError(long Line, string Reason);
