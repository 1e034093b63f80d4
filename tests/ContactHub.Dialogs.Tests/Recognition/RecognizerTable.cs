using System.Globalization;

namespace ContactHub.Dialogs.Tests.Recognition;

/// <summary>
/// The utterance tables in Recognition/Tables/*.tsv: locale, text, expected intent, expected entities
/// (<c>type=value;type=value</c>, with <c>type~value</c> for a date-time whose time was inferred), and a note that
/// says why when an expectation is a judgement call. Lines starting with # are comments.
/// </summary>
public static class RecognizerTable
{
    /// <summary>Friday 27 November 2026, 10:00 in Shanghai: every relative date in the tables is read from here.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8));

    public static readonly string[] Files = ["zh.tsv", "en.tsv"];

    public static IEnumerable<RecognizerTableRow> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Recognition", "Tables", file);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 3)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{file}:{lineNumber} needs locale, text and intent."));
            }

            yield return new RecognizerTableRow(file, lineNumber, cells[0], cells[1], cells[2], cells.Length > 3 ? cells[3] : "");
        }
    }

    public static IEnumerable<RecognizerTableRow> LoadAll() => Files.SelectMany(Load);

    /// <summary>Entities in the table's form, sorted, so the comparison ignores order.</summary>
    public static string Describe(IEnumerable<ContactHub.Dialogs.Recognition.RecognizedEntity> entities) =>
        string.Join(';', entities.Select(e => $"{e.Type}{(e.Inferred ? '~' : '=')}{e.Value}").Order(StringComparer.Ordinal));

    public static string Sorted(string entities) =>
        string.Join(';', entities.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal));
}
