using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records.Import;

/// <summary>
/// Reads an RFC 4180 CSV file (CsvHelper: quoted fields with commas, quotes and line breaks, a UTF-8 BOM) with a header
/// row, and imports each row on its own: a bad row is reported with the line it starts on and does not stop the rest.
/// </summary>
public sealed class CsvImporter(IDbContextFactory<RecordsDbContext> factory, IEnumerable<IRowImporter> importers, CustomerLookupCache customerLookups)
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        TrackLineNumbers = true,
        TrimWhitespace = true,
    };

    public async Task<ImportReport> ImportAsync(ImportKind kind, Stream csv, CancellationToken cancellationToken)
    {
        var importer = importers.Single(i => i.Kind == kind);
        var name = kind.ToString().ToLowerInvariant();
        var errors = new List<ImportLineError>();
        var imported = 0;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        try
        {
            using var reader = CsvReader.Create(csv, Options, leaveOpen: true);
            var headers = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            var missing = importer.RequiredColumns.Where(c => !headers.Contains(c, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                return new ImportReport(name, 0, 1, [new ImportLineError(1, $"the header lacks column(s) {string.Join(", ", missing)}")]);
            }

            while (reader.Read())
            {
                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < Math.Min(headers.Length, reader.FieldCount); i++)
                {
                    fields[headers[i]] = reader.GetString(i);
                }

                var error = await ApplyAsync(db, importer, new CsvRow(fields), cancellationToken);
                if (error is null)
                {
                    imported++;
                }
                else
                {
                    errors.Add(new ImportLineError(reader.LineNumber, error));
                }
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add(new ImportLineError(0, $"the file is not valid CSV: {ex.Message}"));
        }
        finally
        {
            customerLookups.Clear(); // imported mobiles may now name customers an earlier lookup did not find
        }

        return new ImportReport(name, imported, errors.Count, errors);
    }

    private static async Task<string?> ApplyAsync(RecordsDbContext db, IRowImporter importer, CsvRow row, CancellationToken cancellationToken)
    {
        try
        {
            await importer.ApplyAsync(db, row, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (RowException ex)
        {
            db.ChangeTracker.Clear();
            return ex.Message;
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            return DbErrors.IsUniqueViolation(ex) ? "a record with the same key exists (duplicate)" : $"the database refused the row: {ex.InnerException?.Message ?? ex.Message}";
        }
    }
}
