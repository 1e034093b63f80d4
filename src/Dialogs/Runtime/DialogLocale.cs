using System.Globalization;

namespace ContactHub.Dialogs.Runtime;

/// <summary>The two locales dialogs speak: "zh-CN" (the default) and English for any locale starting with "en".</summary>
public static class DialogLocale
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    private static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo(Chinese);
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo(English);

    public static bool IsEnglish(string? locale) => locale is not null && locale.StartsWith(English, StringComparison.OrdinalIgnoreCase);

    public static CultureInfo CultureFor(string? locale) => IsEnglish(locale) ? EnglishCulture : ChineseCulture;
}
