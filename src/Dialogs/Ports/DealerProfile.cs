using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Ports;

/// <summary>
/// The dealership's public facts, bound by the Hub from configuration section <c>Dealer</c>. The plain properties are
/// the Chinese texts; the <c>…En</c> ones are optional English versions, falling back to the Chinese when absent.
/// </summary>
public sealed record DealerProfile
{
    public string Name { get; init; } = "";

    public string Address { get; init; } = "";

    public string Phone { get; init; } = "";

    public string OpeningHours { get; init; } = "";

    public string? NameEn { get; init; }

    public string? AddressEn { get; init; }

    public string? OpeningHoursEn { get; init; }

    public string NameFor(string locale) => Pick(locale, Name, NameEn);

    public string AddressFor(string locale) => Pick(locale, Address, AddressEn);

    public string OpeningHoursFor(string locale) => Pick(locale, OpeningHours, OpeningHoursEn);

    private static string Pick(string locale, string chinese, string? english) =>
        DialogLocale.IsEnglish(locale) && !string.IsNullOrWhiteSpace(english) ? english : chinese;
}
