using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Records.Import;

/// <summary>Service types as CSV files and the API write them: the Chinese name or the kebab-case English one.</summary>
public static class ServiceTypeNames
{
    private static readonly Dictionary<string, ServiceType> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["首保"] = ServiceType.FirstMaintenance,
        ["first-maintenance"] = ServiceType.FirstMaintenance,
        ["常规保养"] = ServiceType.RegularMaintenance,
        ["保养"] = ServiceType.RegularMaintenance,
        ["regular-maintenance"] = ServiceType.RegularMaintenance,
        ["维修"] = ServiceType.Repair,
        ["repair"] = ServiceType.Repair,
        ["钣金喷漆"] = ServiceType.BodyAndPaint,
        ["body-and-paint"] = ServiceType.BodyAndPaint,
        ["检测"] = ServiceType.Inspection,
        ["inspection"] = ServiceType.Inspection,
        ["其他"] = ServiceType.Other,
        ["other"] = ServiceType.Other,
    };

    public static bool TryParse(string? text, out ServiceType type) => Names.TryGetValue(text?.Trim() ?? "", out type);
}
