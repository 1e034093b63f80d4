namespace ContactHub.Hub.Campaigns;

/// <summary>A service is due after this many months or this many kilometres, whichever comes first.</summary>
public sealed class MaintenanceInterval
{
    public int Months { get; set; }

    public int Kilometres { get; set; }
}
