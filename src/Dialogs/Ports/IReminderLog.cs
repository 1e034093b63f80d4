namespace ContactHub.Dialogs.Ports;

/// <summary>
/// Where a maintenance reminder's answer goes (issue 3): the campaign funnel needs "booked", the next reminder needs
/// the snooze date, and an "already serviced" answer keeps the vehicle's service history complete.
/// </summary>
public interface IReminderLog
{
    Task RecordAsync(ReminderReply reply, CancellationToken cancellationToken);
}
