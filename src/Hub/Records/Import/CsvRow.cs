using System.Globalization;

namespace ContactHub.Hub.Records.Import;

/// <summary>One data row by lower-case column name; absent and blank fields read as null.</summary>
public sealed class CsvRow(IReadOnlyDictionary<string, string> fields)
{
    public string? this[string column] =>
        fields.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public string Required(string column) => this[column] ?? throw new RowException($"{column} is required");

    public int? Int(string column) => this[column] switch
    {
        null => null,
        var text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 => value,
        var text => throw new RowException($"{column} '{text}' is not a whole number ≥ 0"),
    };

    public DateOnly? Date(string column) => this[column] switch
    {
        null => null,
        var text when DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) => value,
        var text => throw new RowException($"{column} '{text}' is not a date (yyyy-MM-dd)"),
    };

    public bool? Flag(string column) => this[column]?.ToLowerInvariant() switch
    {
        null => null,
        "yes" or "y" or "true" or "1" or "是" or "同意" => true,
        "no" or "n" or "false" or "0" or "否" or "不同意" => false,
        var text => throw new RowException($"{column} '{text}' is not yes/no"),
    };
}
