using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using ContactHub.Dialogs.Resources;

namespace ContactHub.Dialogs.Tests.Resources;

public sealed class StringsTests
{
    private static readonly ResourceManager Manager = new("ContactHub.Dialogs.Resources.Strings", typeof(Strings).Assembly);

    public static TheoryData<string> Accessors() => [.. AccessorNames()];

    [Theory]
    [MemberData(nameof(Accessors))]
    public void EveryAccessorHasDistinctChineseAndEnglishText(string name)
    {
        var zh = Call(name, "zh-CN");
        var en = Call(name, "en");

        Assert.NotEqual(zh, en, StringComparer.Ordinal);
        Assert.Contains(zh, c => c is >= '\u4e00' and <= '\u9fff');
        Assert.DoesNotContain(en, c => c is >= '\u4e00' and <= '\u9fff');
    }

    [Fact]
    public void BothResourceFilesHoldTheSameKeysAndEveryKeyHasAnAccessor()
    {
        var english = Keys(CultureInfo.InvariantCulture);
        var chinese = Keys(CultureInfo.GetCultureInfo("zh-CN"));

        Assert.Equal(english, chinese);
        Assert.Equal(english, [.. AccessorNames().Order(StringComparer.Ordinal)]);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("EN")]
    public void AnyEnglishLocaleGetsEnglish(string locale) => Assert.Equal("Yes", Strings.ConfirmYes(locale));

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh")]
    [InlineData("fr")]
    [InlineData("")]
    public void EveryOtherLocaleGetsChinese(string locale) => Assert.Equal("是", Strings.ConfirmYes(locale));

    [Fact]
    public void LookupIgnoresTheThreadsUiCulture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("否", Strings.ConfirmNo("zh-CN"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void MissingKeyIsAnError() => Assert.Throws<InvalidOperationException>(() => Strings.Get("NoSuchKey", "en"));

    private static IEnumerable<string> AccessorNames() =>
        typeof(Strings).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name != nameof(Strings.Get))
            .Select(m => m.Name);

    private static string Call(string name, string locale)
    {
        var method = typeof(Strings).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;
        object?[] args = [locale, .. method.GetParameters().Skip(1).Select(p => p.ParameterType == typeof(DateTime) ? new DateTime(2026, 11, 30, 8, 30, 0) : (object?)$"<{p.Name}>")];
        return (string)method.Invoke(null, args)!;
    }

    private static List<string> Keys(CultureInfo culture) =>
        [.. Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .Select(e => (string)e.Key)
            .Order(StringComparer.Ordinal)];
}
