namespace ContactHub.Hub.Campaigns;

/// <summary>
/// One model's service intervals. The defaults are what most Chinese joint-venture dealers (FAW-Volkswagen, SAIC,
/// GAC) print in the owner's manual for petrol cars: 首保 3 months or 5,000 km after delivery, then every 6 months or
/// 10,000 km. Electric models usually stretch both (configure them under <c>Campaigns:Models</c>).
/// </summary>
public sealed class MaintenanceSchedule
{
    public MaintenanceInterval FirstService { get; set; } = new() { Months = 3, Kilometres = 5_000 };

    public MaintenanceInterval Periodic { get; set; } = new() { Months = 6, Kilometres = 10_000 };
}
