namespace ContactHub.Hub.Campaigns;

/// <summary>The rule a campaign runs.</summary>
public enum CampaignKind
{
    /// <summary>首保: the first service after delivery, due by time or mileage, whichever comes first.</summary>
    FirstMaintenance,

    /// <summary>日常保养: the periodic service after the last one, by time or mileage.</summary>
    PeriodicMaintenance,

    /// <summary>回访 N days after a completed service visit.</summary>
    VisitSurvey,

    /// <summary>回访 N days after a vehicle delivery (sales survey).</summary>
    DeliverySurvey,

    /// <summary>The day before a booked appointment.</summary>
    AppointmentReminder,

    /// <summary>A one-off invitation to a service event for a segment of customers (marketing).</summary>
    EventInvitation,
}
