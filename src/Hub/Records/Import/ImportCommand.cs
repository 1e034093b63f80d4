namespace ContactHub.Hub.Records.Import;

/// <summary>Runs <c>dotnet run --project src/Hub -- import KIND FILE.csv</c> against the configured records database.</summary>
public static class ImportCommand
{
    /// <summary>Exit code 0 when every row was imported, 1 when some were not, 2 for a usage error or a missing file.</summary>
    public static async Task<int> RunImportCommandAsync(this WebApplication app, RecordsCommandLine command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Error is not null || command.Import is not { } kind || command.Path is null)
        {
            await Console.Error.WriteLineAsync(command.Error);
            return 2;
        }

        if (!File.Exists(command.Path))
        {
            await Console.Error.WriteLineAsync($"{command.Path}: no such file");
            return 2;
        }

        await using var file = File.OpenRead(command.Path);
        var report = await app.Services.GetRequiredService<CsvImporter>().ImportAsync(kind, file, CancellationToken.None);
        foreach (var error in report.Errors)
        {
            await Console.Out.WriteLineAsync($"{command.Path}:{error.Line}: {error.Reason}");
        }

        await Console.Out.WriteLineAsync($"{report.Kind}: {report.Imported} imported, {report.Failed} rejected");
        return report.Failed == 0 ? 0 : 1;
    }
}
