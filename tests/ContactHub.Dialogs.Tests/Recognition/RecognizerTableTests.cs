using System.Globalization;
using ContactHub.Dialogs.Recognition;
using Xunit.Abstractions;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class RecognizerTableTests(ITestOutputHelper output)
{
    private static readonly BilingualRecognizer Recognizer = new(DealerTimeZone.Default);

    public static TheoryData<string, int, string, string, string, string> Rows()
    {
        var data = new TheoryData<string, int, string, string, string, string>();
        foreach (var row in RecognizerTable.LoadAll())
        {
            data.Add(row.File, row.Line, row.Locale, row.Text, row.Intent, row.Entities);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void RecognizesTheIntentAndEntitiesOfEveryTableRow(string file, int line, string locale, string text, string intent, string entities)
    {
        var result = Recognizer.Recognize(text, locale, RecognizerTable.Now);
        var expected = $"{intent} | {RecognizerTable.Sorted(entities)}";
        var actual = $"{result.Intent} | {RecognizerTable.Describe(result.Entities)}";
        Assert.True(string.Equals(expected, actual, StringComparison.Ordinal), $"{file}:{line} \"{text}\"\n expected {expected}\n   actual {actual}");
    }

    [Fact]
    public void TablesHoldAtLeastThreeHundredUtterancesInBothLanguagesAndAllPass()
    {
        var rows = RecognizerTable.LoadAll().ToList();
        var passed = rows.Count(row =>
        {
            var result = Recognizer.Recognize(row.Text, row.Locale, RecognizerTable.Now);
            return string.Equals(result.Intent, row.Intent, StringComparison.Ordinal)
                && string.Equals(RecognizerTable.Describe(result.Entities), RecognizerTable.Sorted(row.Entities), StringComparison.Ordinal);
        });
        var intents = rows.Count(row => string.Equals(Recognizer.Recognize(row.Text, row.Locale, RecognizerTable.Now).Intent, row.Intent, StringComparison.Ordinal));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} utterances ({rows.Count(r => r.Locale.StartsWith("zh", StringComparison.Ordinal))} zh), intent accuracy {intents * 100.0 / rows.Count:F1}%, exact (intent and entities) {passed * 100.0 / rows.Count:F1}%"));

        Assert.True(rows.Count >= 300, $"only {rows.Count} rows");
        Assert.Contains(rows, r => r.Locale.StartsWith("en", StringComparison.Ordinal));
        Assert.Equal(rows.Count, passed);
    }
}
