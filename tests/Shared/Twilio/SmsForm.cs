namespace ContactHub.Tests.Twilio;

/// <summary>application/x-www-form-urlencoded ↔ ordered name/value pairs, as Twilio posts them and as the SDK sends them.</summary>
internal static class SmsForm
{
    public static List<KeyValuePair<string, string>> Parse(string body) =>
        [.. body.Trim().Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            return at < 0
                ? KeyValuePair.Create(Decode(pair), "")
                : KeyValuePair.Create(Decode(pair[..at]), Decode(pair[(at + 1)..]));
        })];

    /// <summary>A payload from Fixtures/Sms: parameter sets as Twilio posts them (§2.1, §2.4), with made-up Sids.</summary>
    public static List<KeyValuePair<string, string>> Fixture(string name) =>
        Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sms", name)));

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> form, string name, string value) =>
        [.. form.Where(p => p.Key != name), KeyValuePair.Create(name, value)];

    public static List<KeyValuePair<string, string>> Without(this List<KeyValuePair<string, string>> form, string name) =>
        [.. form.Where(p => p.Key != name)];

    private static string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
}
