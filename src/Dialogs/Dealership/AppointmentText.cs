using System.Globalization;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Dealership;

/// <summary>How appointments, days, cars and services read in a message: 11月28日（周六）15:00 / Sat Nov 28, 15:00.</summary>
public static class AppointmentText
{
    public static string Day(DateOnly day, string locale) => DialogLocale.IsEnglish(locale)
        ? day.ToString("ddd MMM d", CultureInfo.GetCultureInfo("en"))
        : day.ToString("M月d日（ddd）", CultureInfo.GetCultureInfo("zh-CN"));

    /// <summary><paramref name="local"/> is already in the dealer's time zone.</summary>
    public static string Time(DateTimeOffset local, string locale) => DialogLocale.IsEnglish(locale)
        ? Day(DateOnly.FromDateTime(local.DateTime), locale) + ", " + local.ToString("HH:mm", CultureInfo.InvariantCulture)
        : Day(DateOnly.FromDateTime(local.DateTime), locale) + local.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// A customer found only by a mobile number they typed is not verified, so their plates show masked (京A***45):
    /// enough for the owner to recognise the car, too little to learn someone else's plate.
    /// </summary>
    public static string Vehicle(VehicleInfo vehicle, bool masked) => Vehicle(vehicle.Plate, vehicle.Model, masked);

    public static string Vehicle(string plate, string model, bool masked) =>
        (masked && plate.Length > 4 ? string.Concat(plate.AsSpan(0, 2), "***", plate.AsSpan(plate.Length - 2)) : plate) + " " + model;

    public static string Service(ServiceType type, string locale) => Strings.Get("Service" + type, locale);
}
