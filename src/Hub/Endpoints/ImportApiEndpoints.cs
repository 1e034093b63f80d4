using ContactHub.Hub.Api;
using ContactHub.Hub.Records.Import;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Hub.Endpoints;

public static class ImportApiEndpoints
{
    private const long MaxCsvBytes = 20 * 1024 * 1024;

    public static RouteGroupBuilder MapImportApiEndpoints(this RouteGroupBuilder api)
    {
        var import = api.MapGroup("/import").WithTags("Import");
        import.MapPost("/{kind}", ImportAsync).WithName("ImportCsv").Accepts<string>("text/csv");
        return api;
    }

    /// <summary>Imports a text/csv body of customers, vehicles or visits (docs/csv-import.md) and returns the per-line report.</summary>
    public static async Task<Results<Ok<ImportReport>, ValidationProblem>> ImportAsync(CsvImporter importer, HttpRequest request, string kind, CancellationToken cancellationToken)
    {
        if (!ApiNames.TryParse<ImportKind>(kind, out var what))
        {
            return Invalid("kind", $"'{kind}' is not one of: {ApiNames.AllOf<ImportKind>()}.");
        }

        if (request.ContentLength > MaxCsvBytes)
        {
            return Invalid("body", $"the CSV is larger than {MaxCsvBytes / 1024 / 1024} MB; use the import command for large files.");
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        if (body.Length == 0)
        {
            return Invalid("body", "the body is empty; send the CSV file as text/csv.");
        }

        body.Position = 0;
        return TypedResults.Ok(await importer.ImportAsync(what, body, cancellationToken));
    }

    private static ValidationProblem Invalid(string field, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [reason] });
}
