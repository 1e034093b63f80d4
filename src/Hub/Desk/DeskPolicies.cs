namespace ContactHub.Hub.Desk;

/// <summary>Authorization policies of /api/desk and /hubs/desk; both use only the desk's cookie scheme.</summary>
public static class DeskPolicies
{
    public const string Scheme = "Desk";
    public const string Agent = "DeskAgent";
    public const string Supervisor = "DeskSupervisor";
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";
}
