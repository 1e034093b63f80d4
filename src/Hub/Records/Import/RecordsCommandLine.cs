namespace ContactHub.Hub.Records.Import;

/// <summary>
/// The hub's one command: <c>import customers|vehicles|visits FILE.csv</c>. Parsed before the host is built, and the
/// command's words removed from the host's arguments so the configuration reader does not take a path for a switch.
/// </summary>
public sealed record RecordsCommandLine(string[] HostArgs, ImportKind? Import, string? Path, string? Error)
{
    public bool IsCommand => Import is not null || Error is not null;

    public static RecordsCommandLine Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is not ["import", ..])
        {
            return new RecordsCommandLine(args, null, null, null);
        }

        if (args is not [_, var kind, var path, ..] || !Enum.TryParse<ImportKind>(kind, ignoreCase: true, out var import) || !Enum.IsDefined(import))
        {
            return new RecordsCommandLine(args.Skip(1).ToArray(), null, null, "usage: import customers|vehicles|visits FILE.csv (format: docs/csv-import.md)");
        }

        return new RecordsCommandLine(args[3..], import, path, null);
    }
}
