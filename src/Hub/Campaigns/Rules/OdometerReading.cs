using System.Runtime.InteropServices;

namespace ContactHub.Hub.Campaigns.Rules;

/// <summary>Kilometres on the clock on a day (a service visit's reading, or zero at delivery).</summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct OdometerReading(DateOnly Date, int Kilometres);
