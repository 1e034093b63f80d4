namespace ContactHub.Hub.Campaigns.Rules;

/// <summary>When a service falls due: by time or by estimated mileage, whichever comes first.</summary>
public static class MaintenanceDue
{
    /// <param name="start">The delivery (zero kilometres) for 首保, the last maintenance visit for a periodic service.</param>
    /// <param name="latest">The most recent odometer reading, which may be later than <paramref name="start"/> (a repair visit).</param>
    public static DateOnly DueDate(OdometerReading start, OdometerReading latest, double kilometresPerDay, MaintenanceInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        var byTime = start.Date.AddMonths(interval.Months);
        if (kilometresPerDay <= 0 || interval.Kilometres <= 0)
        {
            return byTime;
        }

        var anchor = latest.Date >= start.Date ? latest : start;
        var remaining = start.Kilometres + interval.Kilometres - anchor.Kilometres;
        var days = remaining <= 0 ? 0 : (int)Math.Min(Math.Ceiling(remaining / kilometresPerDay), 3650);
        var byMileage = anchor.Date.AddDays(days);
        return byMileage < byTime ? byMileage : byTime;
    }

    /// <summary>A reminder goes out from <paramref name="leadDays"/> before the due date until <paramref name="overdueDays"/> after it.</summary>
    public static bool IsInReminderWindow(DateOnly due, DateOnly today, int leadDays, int overdueDays) =>
        today >= due.AddDays(-leadDays) && today <= due.AddDays(overdueDays);
}
