namespace ContactHub.Hub.Records.Model;

public enum ConsentPurpose
{
    ServiceNotifications = 0,
    Marketing = 1,
}
