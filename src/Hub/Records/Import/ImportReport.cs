namespace ContactHub.Hub.Records.Import;

/// <summary>The outcome of one import: good rows are imported, bad rows listed with their line number and reason.</summary>
public sealed record ImportReport(string Kind, int Imported, int Failed, IReadOnlyList<ImportLineError> Errors);
