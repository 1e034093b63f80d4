namespace ContactHub.Hub.Records.Import;

/// <summary>Imports the rows of one <see cref="ImportKind"/>: validates a row and adds or updates its records.</summary>
public interface IRowImporter
{
    ImportKind Kind { get; }

    IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>Throws <see cref="RowException"/> for a bad row; changes are saved by the caller.</summary>
    Task ApplyAsync(RecordsDbContext db, CsvRow row, CancellationToken cancellationToken);
}
