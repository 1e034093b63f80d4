using System.Globalization;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Dealership;

/// <summary>How appointments, days, cars and services read in a message: 11月28日（周六）15:00 / Sat Nov 28, 15:00.</summary>
public static class AppointmentText
{
    private const string EnglishDay = "ddd MMM d";
    private const string ChineseDay = "M月d日（ddd）";

    public static string Day(DateOnly day, string locale) => DialogLocale.IsEnglish(locale)
        ? day.ToString(EnglishDay, CultureInfo.GetCultureInfo("en"))
        : day.ToString(ChineseDay, CultureInfo.GetCultureInfo("zh-CN"));

    /// <summary>
    /// <paramref name="local"/> is already in the dealer's time zone. Formatted into one buffer: a slot list shows a
    /// dozen of these a turn, and day, time and their concatenation were three strings each.
    /// </summary>
    public static string Time(DateTimeOffset local, string locale)
    {
        var english = DialogLocale.IsEnglish(locale);
        Span<char> text = stackalloc char[64];
        var day = DateOnly.FromDateTime(local.DateTime);
        if (!day.TryFormat(text, out var length, english ? EnglishDay : ChineseDay, CultureInfo.GetCultureInfo(english ? "en" : "zh-CN")))
        {
            return Day(day, locale) + (english ? ", " : "") + local.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        if (english)
        {
            ", ".CopyTo(text[length..]);
            length += 2;
        }

        local.TryFormat(text[length..], out var written, "HH:mm", CultureInfo.InvariantCulture);
        return new string(text[..(length + written)]);
    }

    /// <summary>
    /// A customer found only by a mobile number they typed is not verified, so their plates show masked (京A***45):
    /// enough for the owner to recognise the car, too little to learn someone else's plate.
    /// </summary>
    public static string Vehicle(VehicleInfo vehicle, bool masked) => Vehicle(vehicle.Plate, vehicle.Model, masked);

    public static string Vehicle(string plate, string model, bool masked) =>
        (masked && plate.Length > 4 ? string.Concat(plate.AsSpan(0, 2), "***", plate.AsSpan(plate.Length - 2)) : plate) + " " + model;

    public static string Service(ServiceType type, string locale) => Strings.Get("Service" + type, locale);
}
