using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Dealership;

/// <summary>The service types as choices (in <see cref="ServiceType"/> order, so a choice's index is its value) and as words in a message.</summary>
public static class ServiceTypeChoices
{
    // Most specific first: 首保 before 保养, 钣金 before 修.
    private static readonly (string Word, ServiceType Type)[] Words =
    [
        ("首保", ServiceType.FirstMaintenance), ("first service", ServiceType.FirstMaintenance), ("first maintenance", ServiceType.FirstMaintenance),
        ("钣金", ServiceType.BodyAndPaint), ("喷漆", ServiceType.BodyAndPaint), ("补漆", ServiceType.BodyAndPaint), ("paint", ServiceType.BodyAndPaint), ("body", ServiceType.BodyAndPaint),
        ("年检", ServiceType.Inspection), ("检测", ServiceType.Inspection), ("inspection", ServiceType.Inspection), ("check-up", ServiceType.Inspection),
        ("保养", ServiceType.RegularMaintenance), ("机油", ServiceType.RegularMaintenance), ("maintenance", ServiceType.RegularMaintenance), ("oil change", ServiceType.RegularMaintenance),
        ("维修", ServiceType.Repair), ("修", ServiceType.Repair), ("异响", ServiceType.Repair), ("故障", ServiceType.Repair), ("repair", ServiceType.Repair), ("fix", ServiceType.Repair),
    ];

    private static readonly IReadOnlyList<Choice> Chinese = Build(DialogLocale.Chinese);
    private static readonly IReadOnlyList<Choice> English = Build(DialogLocale.English);

    /// <summary>Built once per language (the texts depend only on that), not on every question.</summary>
    public static IReadOnlyList<Choice> For(string locale) => DialogLocale.IsEnglish(locale) ? English : Chinese;

    private static Choice[] Build(string locale) =>
    [
        .. Enum.GetValues<ServiceType>().Select(type => new Choice(
            AppointmentText.Service(type, locale),
            [.. Words.Where(w => w.Type == type).Select(w => w.Word), AppointmentText.Service(type, "zh-CN"), AppointmentText.Service(type, "en")])),
    ];

    public static ServiceType? FromText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (var (word, type) in Words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return null;
    }
}
