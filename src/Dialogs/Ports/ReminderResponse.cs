namespace ContactHub.Dialogs.Ports;

/// <summary>预约 / 稍后提醒 / 已保养 / 不需要.</summary>
public enum ReminderResponse
{
    Booked = 0,
    Snoozed = 1,
    AlreadyServiced = 2,
    Declined = 3,
}
