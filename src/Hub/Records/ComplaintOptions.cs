using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Records;

/// <summary>Configuration section <c>Records:Complaints</c>: the promised response time by severity, and what goes to the manufacturer.</summary>
public sealed class ComplaintOptions
{
    public const string Section = "Records:Complaints";

    public double NormalSlaHours { get; set; } = 48;

    public double MajorSlaHours { get; set; } = 24;

    public double CriticalSlaHours { get; set; } = 4;

    /// <summary>Complaints of this severity or worse are flagged for the manufacturer.</summary>
    public ComplaintSeverity EscalateFrom { get; set; } = ComplaintSeverity.Major;

    public TimeSpan SlaFor(ComplaintSeverity severity) => TimeSpan.FromHours(severity switch
    {
        ComplaintSeverity.Critical => CriticalSlaHours,
        ComplaintSeverity.Major => MajorSlaHours,
        _ => NormalSlaHours,
    });
}
